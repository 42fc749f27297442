print(str(), str(5), str(1.5), str(None), str([1, "a"]), str(b"x"), str(str), str(errors="strict"), repr(str(object="o")))
print(str(b"\xc3\xa9", "utf-8"), str(b"\xff", "latin-1"), str(b"abc", errors="ignore"), str(object=b"z", encoding="ascii"))
print(str(memoryview(b"mv"), "ascii"), str(bytearray(b"ba"), encoding="utf-8"))
class S:
    def __str__(self):
        return "custom"
class R:
    def __repr__(self):
        return "only-repr"
class Bad:
    def __str__(self):
        return 5
print(str(S()), str(R()), "%s" % S())
for args, kw in [((Bad(),), {}), (("a", "utf-8"), {}), ((1, "utf-8"), {}), ((b"a", 1), {}), ((b"a",), {"encoding": 1}), ((b"a", "utf-8", "strict", 1), {}), ((), {"x": 1})]:
    try:
        print(str(*args, **kw))
    except (TypeError, LookupError) as e:
        print(type(e).__name__, e)
class MyS(str):
    pass
m = MyS("val")
print(type(str(m)).__name__, str(m) == "val", type(MyS(5)).__name__, MyS(b"q", "ascii"))
