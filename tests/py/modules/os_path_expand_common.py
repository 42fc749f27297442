# os.path.expanduser / commonpath / samefile-free helpers, with errors
import os, os.path as p
os.environ["HOME"] = "/home/tester"
print(p.expanduser("~"), p.expanduser("~/x/y"), p.expanduser("a/~"), p.expanduser("~other") in ("~other", "/home/other"))
print(p.commonpath(["/usr/lib", "/usr/local/lib"]), p.commonpath(["a/b", "a/c"]), p.commonpath(["/x"]))
print(p.commonpath(["/a/b/", "/a/b"]), p.commonpath(["a/./b", "a/b/c"]))
for bad in [[], ["/a", "b"]]:
    try:
        p.commonpath(bad)
    except ValueError as e:
        print("ValueError", e)
print(p.commonprefix(["interstellar", "internet", "interval"]), p.commonprefix(["a", "b"]))
print(p.join("/", "a"), p.join("a", "/"), p.normpath("a//b/./c/.."), p.dirname("/"), p.basename("a/b/"))
print(p.splitext(".hidden.txt"), p.splitext("dir.d/file"), p.splitext("a..b"))
print(p.isabs("//x"), p.relpath("/a/b/c", "/a/x"), p.relpath("a/b", "a"))
try:
    p.relpath("")
except ValueError as e:
    print("ValueError", e)
