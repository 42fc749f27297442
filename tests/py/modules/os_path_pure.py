import os.path as p

for s in ["/a/b/c.txt", "a/b/", "/", "", "c", "a//b", "/a/b/.hidden", "x.tar.gz", "..", "a/.b.c"]:
    print(repr(s), p.split(s), p.basename(s), p.dirname(s), p.splitext(s))
print(p.join("a", "b", "c"), p.join("/a", "/b", "c"), p.join("a/", "b"), p.join("a", ""), p.join(""))
print(p.isabs("/x"), p.isabs("x"), p.isabs(""))
for s in ["a/./b/../c", "/../a", "//a//b/", "", ".", "a/..", "../../x", "/a/b/../../.."]:
    print(repr(s), p.normpath(s))
print(p.commonprefix(["abc", "abd", "ab"]), repr(p.commonprefix([])), p.commonprefix(["x"]))
print(p.splitdrive("/a/b"), p.sep if hasattr(p, "sep") else "/")
try:
    p.join("a", 5)
except TypeError as e:
    print("TypeError", e)
try:
    p.basename(None)
except TypeError as e:
    print("TypeError", e)
