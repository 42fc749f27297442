for args, kw in [((1, 2), {}), ((b"a", "utf-8", "strict", "x"), {}), ((), {"encoding": "utf-8"}), ((), {"errors": "strict"}),
                 ((5,), {"encoding": "utf-8"}), ((b"\xff",), {"encoding": "utf-8"}), ((bytearray(b"\xff"),), {"errors": "replace"}),
                 ((b"abc",), {"encoding": "nope"}), ((["a"],), {"errors": "strict"}), ((), {"object": 1, "x": 2})]:
    try:
        print(repr(str(*args, **kw)))
    except (TypeError, UnicodeDecodeError, LookupError) as e:
        print(type(e).__name__, e)
class S(str):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(S("ab"), type(S("ab")).__name__, len(S("x")), S("ab") == "abab")
try:
    str.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    str.__new__(5)
except TypeError as e:
    print(type(e).__name__, e)
print(str.__new__(str, 5), type(str.__new__(S, "q")).__name__)
