# str.join / split / rsplit argument errors and edge cases
print("-".join(["a", "b"]), "".join(()), ",".join("xyz"), "|".join(iter(["p"])), "x".join({"k": 1}))
print("a  b ".split(" "), "a  b ".split(), "".split(" "), "".split(), " ".split(), "a,b,".rsplit(",", 1), "x".split("x"))
print("a b c d".split(None, 2), "a b c d".rsplit(None, 2), "a b".split(maxsplit=-1), "a:b:c".split(":", maxsplit=1))
print("a\u3000b\x1cc\x85d".split(), "ab".split("ab"), "aaa".split("a"), "aaa".rsplit("aa"))
def t(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: ",".join([1, 2]))
t(lambda: ",".join(["a", 2]))
t(lambda: ",".join(["a", b"b"]))
t(lambda: ",".join(5))
t(lambda: ",".join())
t(lambda: ",".join(["a"], ["b"]))
t(lambda: "a".split(""))
t(lambda: "a".rsplit(""))
t(lambda: "a".split(1))
t(lambda: "a".split(",", "1"))
t(lambda: "a".split(",", 1, 2))
t(lambda: "a".split(sep=",", bogus=1))
t(lambda: "a".split(maxsplit=1.0))
t(lambda: "a,b".split(",", 2**70))
class S(str):
    pass
r = S("a b").split()
print(r, type(r[0]).__name__, type(",".join([S("x")])).__name__, ",".join([S("x"), "y"]))
