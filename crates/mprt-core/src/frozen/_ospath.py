"""os.path: POSIX path manipulation (frozen)."""

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
altsep = None
pathsep = ":"
devnull = "/dev/null"


def _fs(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), "__fspath__", None)
    if f is None:
        raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(p).__name__)
    return f(p)


def _sep(p):
    return b"/" if isinstance(p, bytes) else "/"


def _stat_mode(p):
    import _os

    try:
        return _os.stat(_fs(p))[0]
    except (OSError, ValueError):
        return None


def normcase(s):
    return _fs(s)


def isabs(s):
    s = _fs(s)
    return s.startswith(_sep(s))


def join(a, *p):
    """Join path components, restarting at absolute ones."""
    path = _fs(a)
    sep = _sep(path)
    for b in p:
        if not isinstance(b, (str, bytes)) and getattr(type(b), "__fspath__", None) is None:
            raise TypeError(
                "join() argument must be str, bytes, or os.PathLike object, not '%s'"
                % type(b).__name__
            )
        b = _fs(b)
        if isinstance(b, bytes) != isinstance(path, bytes):
            raise TypeError("Can't mix strings and bytes in path components")
        if b.startswith(sep):
            path = b
        elif not path or path.endswith(sep):
            path += b
        else:
            path += sep + b
    return path


def split(p):
    """(head, tail) where tail is the last component."""
    p = _fs(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """(root, ext) where ext starts at the last dot of the last component."""
    p = _fs(p)
    b = isinstance(p, bytes)
    sep_i = p.rfind(b"/" if b else "/")
    dot = p.rfind(b"." if b else ".")
    if dot > sep_i:
        f = sep_i + 1
        while f < dot:
            if p[f:f + 1] != (b"." if b else "."):
                return p[:dot], p[dot:]
            f += 1
    return p, ""


def splitdrive(p):
    return _fs(p)[:0], _fs(p)


def basename(p):
    return split(p)[1]


def dirname(p):
    return split(p)[0]


def exists(p):
    return _stat_mode(p) is not None


lexists = exists


def isdir(p):
    m = _stat_mode(p)
    return m is not None and m & 0o170000 == 0o040000


def isfile(p):
    m = _stat_mode(p)
    return m is not None and m & 0o170000 == 0o100000


def islink(p):
    return False


def ismount(p):
    return _fs(p) == "/"


def getsize(p):
    import _os

    return _os.stat(_fs(p))[6]


def getmtime(p):
    import _os

    return float(_os.stat(_fs(p))[8])


def getatime(p):
    import _os

    return float(_os.stat(_fs(p))[7])


def getctime(p):
    import _os

    return float(_os.stat(_fs(p))[9])


def normpath(path):
    """Collapse redundant separators and up-level references."""
    path = _fs(path)
    if isinstance(path, bytes):
        return normpath(path.decode("latin-1")).encode("latin-1")
    if not path:
        return "."
    initial = 0
    if path.startswith("/"):
        initial = 1
        if path.startswith("//") and not path.startswith("///"):
            initial = 2
    comps = []
    for c in path.split("/"):
        if c in ("", "."):
            continue
        if c != ".." or (not initial and not comps) or (comps and comps[-1] == ".."):
            comps.append(c)
        elif comps:
            comps.pop()
    path = "/".join(comps)
    if initial:
        path = "/" * initial + path
    return path or "."


def abspath(path):
    """Absolute, normalised version of path."""
    path = _fs(path)
    if not isabs(path):
        import _os

        cwd = _os.getcwd()
        if isinstance(path, bytes):
            cwd = cwd.encode()
        path = join(cwd, path)
    return normpath(path)


realpath = abspath


def relpath(path, start=None):
    """path relative to start (default: the current directory)."""
    if not path:
        raise ValueError("no path specified")
    start = abspath(start if start is not None else curdir)
    path = abspath(path)
    s = [x for x in start.split("/") if x]
    p = [x for x in path.split("/") if x]
    i = 0
    while i < len(s) and i < len(p) and s[i] == p[i]:
        i += 1
    rel = [pardir] * (len(s) - i) + p[i:]
    return join(*rel) if rel else curdir


def commonprefix(m):
    """Longest common leading string of the list."""
    if not m:
        return ""
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    """Longest common sub-path."""
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    split_paths = [[c for c in p.split("/") if c and c != "."] for p in paths]
    absolute = set(p.startswith("/") for p in paths)
    if len(absolute) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    common = split_paths[0]
    for sp in split_paths[1:]:
        i = 0
        while i < len(common) and i < len(sp) and common[i] == sp[i]:
            i += 1
        common = common[:i]
    prefix = "/" if paths[0].startswith("/") else ""
    return prefix + "/".join(common)


def expanduser(path):
    """Replace a leading ~ with $HOME."""
    path = _fs(path)
    if not path.startswith("~"):
        return path
    i = path.find("/", 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    try:
        import os

        home = os.environ.get("HOME")
    except ImportError:
        import _os

        home = _os.getenv("HOME")
    if home is None:
        return path
    home = home.rstrip("/")
    return (home + path[i:]) or "/"


def expandvars(path):
    return path
