# os.path pure functions: join/split/splitext/basename/dirname/normpath/isabs/commonprefix
import os.path as p
for a in [("a", "b"), ("/a", "/b"), ("a/", "b"), ("", "x"), ("a", ""), ("a", "b", "/c", "d")]:
    print("join", a, p.join(*a))
for s in ["/a/b/c", "a/b/", "/", "", "file", "//x", "a//b"]:
    print("split", repr(s), p.split(s), repr(p.basename(s)), repr(p.dirname(s)))
for s in ["a.txt", "a.tar.gz", ".bashrc", "a/b.c/d", "x.", "..", "/a/.b.c"]:
    print("splitext", repr(s), p.splitext(s))
for s in ["a/./b/../c", "/../x", "", ".", "a/..", "//a//b/", "///a", "../../a"]:
    print("normpath", repr(s), repr(p.normpath(s)))
print(p.isabs("/x"), p.isabs("x"), p.isabs(""))
print(p.commonprefix(["/usr/lib", "/usr/local", "/usr"]), repr(p.commonprefix([])))
print(p.abspath("/a/b/../c"), p.abspath("x").endswith("/x"))
print(p.splitdrive("/a/b"), p.normcase("AbC"))
try:
    p.join("a", 1)
except TypeError as e:
    print("TypeError", e)
try:
    p.join(b"a", "b")
except TypeError as e:
    print("TypeError", e)
print(p.join(b"a", b"b"), p.split(b"/x/y"), p.splitext(b"f.py"), p.basename(b"/q/r"))
