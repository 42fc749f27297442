# os.path queries on a real temp tree: exists/isfile/isdir/getsize/islink/relpath
import os
import os.path as p
base = "/tmp/_mprt_os_path_q"
os.mkdir(base)
with open(base + "/f.bin", "wb") as f:
    f.write(b"\0" * 123)
os.mkdir(base + "/sub")
for x in [base, base + "/f.bin", base + "/sub", base + "/none", "", "/"]:
    print(repr(x.replace(base, "B")), p.exists(x), p.isfile(x), p.isdir(x), p.islink(x))
print(p.getsize(base + "/f.bin"))
try:
    p.getsize(base + "/none")
except OSError as e:
    print(type(e).__name__, e.errno)
print(p.relpath(base + "/sub", base), p.relpath(base, base + "/sub"), p.relpath(base, base))
print(p.getmtime(base + "/f.bin") > 0, p.lexists(base))
os.remove(base + "/f.bin")
os.rmdir(base + "/sub")
os.rmdir(base)
print(p.exists(base))
