# os: directories, files, stat, rename/remove, errors (under /tmp)
import os
base = "/tmp/mprt_os_fs_test"
print(type(os.getcwd()).__name__, os.sep, os.name, os.curdir, os.pardir, os.linesep == "\n")
os.mkdir(base)
try:
    os.mkdir(base)
except FileExistsError as e:
    print("FileExistsError", e.errno, str(e) == "[Errno 17] File exists: '%s'" % base)
with open(base + "/a.txt", "w") as f:
    f.write("12345")
os.mkdir(base + "/sub")
print(sorted(os.listdir(base)))
st = os.stat(base + "/a.txt")
print(st.st_size, st[6], len(st), st.st_mode & 0o170000 == 0o100000, os.stat(base + "/sub").st_mode & 0o170000 == 0o040000)
print(type(st.st_mtime).__name__, st.st_mtime > 1e9, isinstance(st, tuple))
os.rename(base + "/a.txt", base + "/b.txt")
print(sorted(os.listdir(base)), os.path.exists(base + "/a.txt"))
old = os.getcwd()
os.chdir(base)
print(os.getcwd() == base, sorted(os.listdir()), sorted(os.listdir(".")))
os.chdir(old)
print(os.getcwd() == old)
entries = sorted(e.name for e in os.scandir(base))
print(entries)
walked = [(d.replace(base, "B"), sorted(ds), sorted(fs)) for d, ds, fs in os.walk(base)]
print(walked)
os.makedirs(base + "/x/y/z")
os.makedirs(base + "/x/y/z", exist_ok=True)
print(os.path.isdir(base + "/x/y/z"))
try:
    os.rmdir(base)
except OSError as e:
    print(type(e).__name__, e.errno)
os.rmdir(base + "/x/y/z")
os.rmdir(base + "/x/y")
os.rmdir(base + "/x")
os.unlink(base + "/b.txt")
os.rmdir(base + "/sub")
os.rmdir(base)
print(os.path.exists(base))
for fn, arg in [(os.stat, base), (os.listdir, base), (os.remove, base), (os.rmdir, base), (os.chdir, base)]:
    try:
        fn(arg)
    except OSError as e:
        print(fn.__name__, type(e).__name__, e.errno, e.filename == base)
try:
    os.rename(base, base + "2")
except OSError as e:
    print("rename", type(e).__name__, e.errno)
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)))
print(os.getenv("MPRT_SURELY_UNSET_VAR"), os.getenv("MPRT_SURELY_UNSET_VAR", "dflt"), type(os.getenv("PATH")).__name__)
print("PATH" in os.environ, os.environ.get("MPRT_SURELY_UNSET_VAR", 7))
