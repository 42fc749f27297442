# os.path: pure path manipulation and queries
import os
import os.path
from os import path as p
print(p is os.path)
print(p.join("a", "b", "c"), p.join("/a", "b/"), p.join("a", "/b", "c"), p.join("a/", "b"), p.join("", "x"), p.join("a", ""))
for s in ["/usr/lib/x.tar.gz", "file", "/", "a/b/", "//x", "dir/.hidden", "a.b/c", "..", "x."]:
    print(repr(s), p.split(s), p.basename(s), p.dirname(s), p.splitext(s))
for s in ["a//b", "a/./b", "a/../b", "/../x", "../../a", "", ".", "a/b/../../..", "//a//b/", "///c", "/a/b/./c/.."]:
    print(repr(s), repr(p.normpath(s)))
print(p.isabs("/x"), p.isabs("x"), p.abspath("/a/b/../c"), p.abspath("rel") == p.join(os.getcwd(), "rel"))
print(p.exists("/tmp"), p.isdir("/tmp"), p.isfile("/tmp"), p.exists("/no/such/path"), p.isfile("/no/such"))
f = "/tmp/mprt_os_path_test.txt"
with open(f, "w") as fh:
    fh.write("abc")
print(p.isfile(f), p.isdir(f), p.getsize(f), p.exists(f))
os.remove(f)
print(p.exists(f))
print(p.commonprefix(["/usr/lib", "/usr/local", "/usr/l"]), p.commonprefix([]), p.commonpath(["/a/b/c", "/a/b/d"]))
print(p.relpath("/a/b/c", "/a/x"), p.relpath("/a", "/a"), p.sep)
print(p.expanduser("noexpand"), p.splitext(".bashrc"), p.splitext("a/b.c.d"))
