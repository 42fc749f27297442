# open() text mode: w/r/a/x/r+, read sizes, readline, seek/tell, newline handling
import os
name = "_io_text_tmp.txt"
with open(name, "w") as f:
    print(f.write("alpha\nbeta\n"), f.mode, f.name, f.writable(), f.readable())
with open(name, "a") as f:
    f.write("gamma")
with open(name) as f:
    print(repr(f.read(3)), repr(f.readline()), f.readlines())
with open(name, "r") as f:
    print(f.tell(), repr(f.readline(2)), f.tell())
    f.seek(0); print(repr(f.read()))
    print(repr(f.read()), repr(f.readline()))
with open(name, "r+") as f:
    f.write("ALP"); f.seek(0); print(repr(f.read()))
try:
    open(name, "x")
except FileExistsError as e:
    print("FileExistsError", e.errno, e.strerror)
with open(name) as f:
    print([line for line in f])
with open(name, "w") as f:
    f.write("a\r\nb\rc\n")
with open(name) as f:
    print(repr(f.read()))
with open(name, newline="") as f:
    print(repr(f.read()))
with open(name, "rb") as f:
    print(f.read())
os.remove(name)
for mode in ["rw", "z", "rbt", "wx"]:
    try:
        open(name, mode)
    except ValueError as e:
        print("ValueError", e)
try:
    open("_no_such_dir_/x.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e)
