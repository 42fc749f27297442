# platform: uname fields, platform() layout, version strings, architecture.
import platform, os, sys

u = platform.uname()
print(type(u).__name__, len(u), u.system == u[0] == os.uname().sysname, u.machine == os.uname().machine)
print(repr(u).startswith("uname_result(system="), u.processor == u[5])
print(platform.system(), platform.machine() == u.machine, platform.node() == u.node)
print(platform.release() == u.release, platform.version() == u.version)
p = platform.platform()
print(p.startswith(u.system + "-" + u.release + "-" + u.machine + "-with-glibc"), platform.platform(terse=True) == p)
lib, ver = platform.libc_ver()
print(lib, all(x.isdigit() for x in ver.split(".")), ver.count(".") >= 1)
print(platform.architecture())
print(platform.python_version().count("."), len(platform.python_version_tuple()), type(platform.python_compiler()).__name__)
print(platform.python_version() == "%d.%d.%d" % sys.version_info[:3])
try:
    platform.libc_ver("/nonexistent/file")
except OSError as e:
    print(type(e).__name__, e.errno)
