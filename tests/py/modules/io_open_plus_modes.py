# open() '+' modes: w+ / a+ / r+ / x / x+ reading back, positions after append, truncation
import os
name = "_io_plus_tmp.txt"
with open(name, "w+") as f:
    f.write("hello\nworld\n")
    print(f.tell(), repr(f.read()))
    f.seek(0)
    print(repr(f.readline()), f.tell(), f.readable(), f.writable())
with open(name, "a+") as f:
    print(f.tell(), repr(f.read()))
    f.write("more\n")
    f.seek(0)
    print(repr(f.read()))
with open(name, "r+") as f:
    f.seek(6)
    f.write("WORLD")
    f.seek(0)
    print(repr(f.read()))
    f.seek(5)
    f.truncate()
with open(name) as f:
    print(repr(f.read()))
os.remove(name)
with open(name, "x") as f:
    f.write("new")
with open(name, "rb+") as f:
    print(f.read(), f.tell())
    f.seek(0)
    f.write(b"N")
    f.seek(0, 2)
    f.write(b"!")
    f.seek(0)
    print(f.read(), f.mode, f.readline(2))
with open(name, "ab+") as f:
    print(f.tell(), f.read())
    f.write(b"?")
    f.seek(0)
    print(f.read())
os.remove(name)
with open(name, "xb+") as f:
    print(f.write(b"abc"), f.seek(1), f.read(), f.mode)
os.remove(name)
