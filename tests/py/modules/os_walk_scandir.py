# os.walk topdown/bottom-up, scandir entries, makedirs/removedirs on a temp tree
import os
base = "/tmp/_mprt_walk_tree"
os.makedirs(base + "/a/b")
os.makedirs(base + "/c")
for p in ["f1", "a/f2", "a/b/f3", "c/f4"]:
    with open(base + "/" + p, "w") as f:
        f.write(p)
def norm(t):
    d, ds, fs = t
    return (d.replace(base, "B"), sorted(ds), sorted(fs))
print(sorted(norm(t) for t in os.walk(base)))
print([norm(t)[0] for t in os.walk(base, topdown=False)][-1])
entries = sorted(os.scandir(base), key=lambda e: e.name)
print([(e.name, e.is_dir(), e.is_file(), e.path.replace(base, "B")) for e in entries])
with os.scandir(base + "/a") as it:
    print(sorted(e.name for e in it))
print(list(os.walk(base + "/missing")))
errs = []
list(os.walk(base + "/missing", onerror=errs.append))
print(len(errs), type(errs[0]).__name__)
try:
    os.makedirs(base + "/a")
except FileExistsError as e:
    print("FileExistsError", e.errno)
os.makedirs(base + "/a", exist_ok=True)
for p in ["f1", "a/f2", "a/b/f3", "c/f4"]:
    os.remove(base + "/" + p)
os.removedirs(base + "/a/b")
print(os.path.exists(base + "/a"), os.path.exists(base))
os.rmdir(base + "/c")
os.rmdir(base)
print(os.path.exists(base))
