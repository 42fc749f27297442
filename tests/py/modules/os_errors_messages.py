# os: OSError subclasses, errno, strerror and str() for failing calls
import os, errno
base = "/tmp/_mprt_os_err_dir"
missing = base + "/nope"
os.mkdir(base)
with open(base + "/f", "w") as f:
    f.write("x")
cases = [("stat", os.stat, (missing,)), ("listdir", os.listdir, (missing,)),
         ("remove", os.remove, (missing,)), ("rmdir-missing", os.rmdir, (missing,)),
         ("rmdir-file", os.rmdir, (base + "/f",)), ("rmdir-nonempty", os.rmdir, (base,)),
         ("mkdir-exists", os.mkdir, (base,)), ("chdir", os.chdir, (missing,)),
         ("listdir-file", os.listdir, (base + "/f",)), ("remove-dir", os.remove, (base,)),
         ("mkdir-deep", os.mkdir, (missing + "/a/b",))]
for label, fn, args in cases:
    try:
        fn(*args)
        print(label, "ok")
    except OSError as e:
        print(label, type(e).__name__, e.errno, errno.errorcode[e.errno], e.strerror,
              e.filename == args[0], str(e).replace(base, "B"))
try:
    os.rename(missing, base + "/g")
except OSError as e:
    print("rename", type(e).__name__, e.errno, str(e).replace(base, "B"))
try:
    os.stat(5.5)
except TypeError as e:
    print("TypeError", e)
os.remove(base + "/f")
os.rmdir(base)
print(os.path.exists(base))
