# importlib.reload re-runs a module's source in the same module object.
import sys, importlib, os

d = "/tmp/_mprt_reload_" + os.urandom(4).hex()
os.mkdir(d)
sys.path.insert(0, d)
p = d + "/rlmod.py"
with open(p, "w") as f:
    f.write("X = 1\ncount = globals().get('count', 0) + 1\n")
import rlmod

print(rlmod.X, rlmod.count)
with open(p, "w") as f:
    f.write("X = 2\nY = 'new'\ncount = globals().get('count', 0) + 1\n")
m = importlib.reload(rlmod)
print(m is rlmod, rlmod.X, rlmod.Y, rlmod.count)
with open(p, "w") as f:
    f.write("X = 3\nraise ValueError('bad reload')\n")
try:
    importlib.reload(rlmod)
except ValueError as e:
    print("ValueError", e, rlmod.X, rlmod.Y)
print(importlib.reload(sys) is sys)
for bad in (1, "rlmod", None):
    try:
        importlib.reload(bad)
    except TypeError as e:
        print("TypeError", e)
del sys.modules["rlmod"]
try:
    importlib.reload(rlmod)
except ImportError as e:
    print("ImportError", e, e.name)
os.remove(p)
os.rmdir(d)
