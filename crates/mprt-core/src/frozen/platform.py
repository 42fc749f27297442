# platform: identification of the system and the interpreter (CPython's API).
import sys

_uname_cache = None
_libc_cache = None


class uname_result(tuple):
    """(system, node, release, version, machine, processor) with named fields."""

    __slots__ = ()
    _fields = ("system", "node", "release", "version", "machine")

    def __new__(cls, system, node, release, version, machine):
        return tuple.__new__(cls, (system, node, release, version, machine, processor()))

    system = property(lambda self: self[0])
    node = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])

    processor = property(lambda self: self[5])

    def __repr__(self):
        return "uname_result(%s)" % ", ".join(
            "%s=%r" % (n, v) for n, v in zip(self._fields, self)
        )


def uname():
    """The system's uname as a named tuple (empty strings when unknown)."""
    global _uname_cache
    if _uname_cache is None:
        try:
            import os

            u = os.uname()
            _uname_cache = uname_result(u[0], u[1], u[2], u[3], u[4])
        except (ImportError, AttributeError, OSError):
            _uname_cache = uname_result("", "", "", "", "")
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return ""


def python_implementation():
    return "MicroPython"


def python_version_tuple():
    return tuple(str(x) for x in sys.version_info[:3])


def python_version():
    return ".".join(python_version_tuple())


def python_compiler():
    return "rustc"


def python_build():
    return ("default", "")


def libc_ver(executable=None, lib="", version="", chunksize=16384):
    """(library, version) of the C library the executable links against,
    found like CPython does: the highest GLIBC_x.y symbol version it names."""
    global _libc_cache
    if executable is None:
        if _libc_cache is not None:
            return _libc_cache
        executable = sys.executable
    if not executable:
        return (lib, version)
    best = None
    with open(executable, "rb") as f:
        data = f.read()
    i = data.find(b"GLIBC_")
    while i >= 0:
        j = i + 6
        while j < len(data) and (48 <= data[j] <= 57 or data[j] == 46):
            j += 1
        v = data[i + 6 : j].decode()
        if v and v[0].isdigit():
            key = tuple(int(p) for p in v.split(".") if p)
            if best is None or key > best[0]:
                best = (key, v)
        i = data.find(b"GLIBC_", j)
    res = ("glibc", best[1]) if best else (lib, version)
    if executable == sys.executable:
        _libc_cache = res
    return res


def architecture(executable=None, bits="", linkage=""):
    """(bits, linkage) of the executable: pointer size and binary format."""
    bits = "64bit" if sys.maxsize > 2**32 else "32bit"
    exe = executable or sys.executable
    if exe:
        try:
            with open(exe, "rb") as f:
                if f.read(4) == b"\x7fELF":
                    linkage = "ELF"
        except OSError:
            pass
    return (bits, linkage)


def platform(aliased=False, terse=False):
    """A single string identifying the platform, in CPython's layout."""
    u = uname()
    if u.system == "Linux":
        # As CPython: Linux names the C library, whatever `terse` says.
        s = "-".join(p for p in (u.system, u.release, u.machine) if p)
        lib, ver = libc_ver()
        if lib:
            s += "-with-%s%s" % (lib, ver)
        return s
    if terse:
        return "-".join(p for p in (u.system, u.release) if p)
    bits, linkage = architecture()
    return "-".join(p for p in (u.system, u.release, u.machine, bits, linkage) if p)
