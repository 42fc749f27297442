"""os: operating-system interface over the port (frozen, on the native _os)."""

import _os
import sys

from _os import getcwd, urandom, uname
from _os import open, read, write, close, lseek, fstat as _fstat, ftruncate, isatty

name = "posix"
sep = "/"
altsep = None
curdir = "."
pardir = ".."
extsep = "."
pathsep = ":"
linesep = "\n"
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2
O_CREAT = 0o100
O_EXCL = 0o200
O_TRUNC = 0o1000
O_APPEND = 0o2000
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1

error = OSError


def getenv(key, default=None):
    """The environment variable key, or default."""
    return environ.get(key, default)


class stat_result(tuple):
    """Result of stat(): a 10-tuple that also has st_* attributes."""

    __tp_name__ = "os.stat_result"

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) < 10:
            raise TypeError(
                "os.stat_result() takes an at least 10-sequence (%d-sequence given)" % len(seq)
            )
        return tuple.__new__(cls, seq[:10])

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: float(self[7]))
    st_mtime = property(lambda self: float(self[8]))
    st_ctime = property(lambda self: float(self[9]))
    st_atime_ns = property(lambda self: self[7] * 1000000000)
    st_mtime_ns = property(lambda self: self[8] * 1000000000)
    st_ctime_ns = property(lambda self: self[9] * 1000000000)

    def __repr__(self):
        names = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid",
                 "st_size", "st_atime", "st_mtime", "st_ctime")
        return "os.stat_result(%s)" % ", ".join(
            "%s=%r" % (n, v) for n, v in zip(names, self)
        )


def fspath(path):
    """The file system representation of path."""
    if isinstance(path, (str, bytes)):
        return path
    f = getattr(type(path), "__fspath__", None)
    if f is None:
        raise TypeError(
            "expected str, bytes or os.PathLike object, not %s" % type(path).__name__
        )
    return f(path)


def _path_arg(fn, p, what, arg="path"):
    if isinstance(p, str):
        return p
    if isinstance(p, bytes):
        return p.decode()
    f = getattr(type(p), "__fspath__", None)
    if f is None:
        raise TypeError("%s: %s should be %s, not %s" % (fn, arg, what, type(p).__name__))
    return _path_arg(fn, f(p), what, arg)


_PLAIN = "string, bytes or os.PathLike"


def stat(path):
    """Information about a path, as an os.stat_result."""
    return stat_result(_os.stat(_path_arg("stat", path, "string, bytes, os.PathLike or integer")))


def lstat(path):
    """Information about a path (links are not followed specially)."""
    return stat_result(_os.stat(_path_arg("lstat", path, _PLAIN)))


def listdir(path=None):
    """Names of the entries in a directory."""
    if path is None:
        path = "."
    names = _os.listdir(
        _path_arg("listdir", path, "string, bytes, os.PathLike, integer or None")
    )
    if isinstance(path, bytes):
        return [n.encode() for n in names]
    return names


def mkdir(path, mode=0o777):
    """Create a directory."""
    _os.mkdir(_path_arg("mkdir", path, _PLAIN), mode)


def rmdir(path):
    """Remove an empty directory."""
    _os.rmdir(_path_arg("rmdir", path, _PLAIN))


def remove(path):
    """Remove a file."""
    _os.remove(_path_arg("remove", path, _PLAIN))


def unlink(path):
    """Remove a file."""
    _os.remove(_path_arg("unlink", path, _PLAIN))


def rename(src, dst):
    """Rename a file or directory."""
    _os.rename(_path_arg("rename", src, _PLAIN, "src"), _path_arg("rename", dst, _PLAIN, "dst"))


def chdir(path):
    """Change the current directory."""
    _os.chdir(_path_arg("chdir", path, "string, bytes, os.PathLike or integer"))


def fstat(fd):
    """Information about an open file descriptor."""
    return stat_result(_fstat(fd))


def access(path, mode):
    try:
        _os.stat(path)
    except OSError:
        return False
    return True


def ilistdir(path="."):
    """Iterate (name, type, inode, size) over a directory (MicroPython)."""
    for n in listdir(path):
        p = path + "/" + n if not path.endswith("/") else path + n
        try:
            st = _os.stat(p)
            yield (n, st[0] & 0o170000, st[1], st[6])
        except OSError:
            yield (n, 0, 0, -1)


class DirEntry:
    """An entry yielded by scandir()."""

    def __init__(self, dirpath, name):
        self.name = name
        self.path = dirpath + "/" + name if not dirpath.endswith("/") else dirpath + name

    def is_dir(self):
        return path.isdir(self.path)

    def is_file(self):
        return path.isfile(self.path)

    def stat(self):
        return stat(self.path)

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return "<DirEntry %r>" % self.name


class _ScandirIterator:
    def __init__(self, p):
        self._it = iter([DirEntry(p, n) for n in listdir(p)])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)

    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass

    def close(self):
        pass


def scandir(p="."):
    """Iterate DirEntry objects for a directory."""
    return _ScandirIterator(p)


def makedirs(name, mode=0o777, exist_ok=False):
    """Create a directory and any missing parents."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, mode, exist_ok)
        except FileExistsError:
            pass
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Remove a directory and then its empty parents."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def replace(src, dst):
    rename(src, dst)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Generate (dirpath, dirnames, filenames) for a directory tree."""
    try:
        names = listdir(top)
    except OSError as e:
        if onerror is not None:
            onerror(e)
        return
    dirs = []
    files = []
    for n in names:
        if path.isdir(path.join(top, n)):
            dirs.append(n)
        else:
            files.append(n)
    if topdown:
        yield top, dirs, files
    for d in dirs:
        for x in walk(path.join(top, d), topdown, onerror, followlinks):
            yield x
    if not topdown:
        yield top, dirs, files


class _Environ:
    """os.environ: reads through getenv; assignments are kept locally."""

    def __init__(self):
        self._set = {}
        self._deleted = set()

    def __getitem__(self, key):
        if key in self._set:
            return self._set[key]
        if key not in self._deleted:
            v = _os.getenv(key)
            if v is not None:
                return v
        raise KeyError(key)

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False

    def __setitem__(self, key, value):
        if not isinstance(key, str) or not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        self._deleted.discard(key)
        self._set[key] = value

    def __delitem__(self, key):
        self[key]
        self._set.pop(key, None)
        self._deleted.add(key)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def pop(self, key, *default):
        try:
            v = self[key]
        except KeyError:
            if default:
                return default[0]
            raise
        del self[key]
        return v

    def keys(self):
        return list(self._set)

    def __iter__(self):
        return iter(self._set)

    def __len__(self):
        return len(self._set)


environ = _Environ()


def putenv(key, value):
    environ[key] = value


def unsetenv(key):
    environ.pop(key, None)


def getpid():
    return 1


def cpu_count():
    return 1


import _ospath as path

sys.modules["os.path"] = path
