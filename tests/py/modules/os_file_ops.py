import os

d = "_os_file_ops_tmp"
if os.path.exists(d):
    for n in os.listdir(d):
        os.remove(d + "/" + n)
    os.rmdir(d)
os.mkdir(d)
print(os.path.isdir(d), os.path.isfile(d), os.path.exists(d))
try:
    os.mkdir(d)
except FileExistsError as e:
    print("FileExistsError", e.errno, e.filename)
with open(d + "/a.txt", "w") as f:
    f.write("hello\n")
print(os.path.getsize(d + "/a.txt"), os.stat(d + "/a.txt").st_size, sorted(os.listdir(d)))
os.rename(d + "/a.txt", d + "/b.txt")
print(sorted(os.listdir(d)), os.path.exists(d + "/a.txt"))
try:
    os.remove(d + "/a.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror, e.filename)
try:
    os.rmdir(d)
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    open(d + "/nope.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e)
os.remove(d + "/b.txt")
os.rmdir(d)
print(os.path.exists(d), os.sep, os.curdir, os.pardir, type(os.getcwd()).__name__)
print(os.environ.get("__NOPE__"), "PATH" in os.environ or True, os.getenv("__NOPE__", "dflt"))
os.environ["MPRT_X"] = "1"
print(os.environ["MPRT_X"], os.getenv("MPRT_X"))
