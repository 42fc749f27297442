# equal numbers hash equal across types
print(hash(1) == hash(1.0) == hash(True) == hash(1 + 0j))
print(hash(0) == hash(0.0) == hash(False) == hash(-0.0) == hash(0j))
print(hash(2 ** 61 - 1) == hash(0), hash(-1) == hash(-2))
print(hash(1.5) == hash(1.5), hash(-2.0) == hash(-2), hash(10 ** 20) == hash(1e20) if 10 ** 20 == 1e20 else "n/a")
print(hash(2.0 ** 70) == hash(2 ** 70), hash(-(2 ** 80)) == hash(-(2.0 ** 80)))
print(hash(float("inf")), hash(float("-inf")))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
s = {0, 0.0, False, -0.0, 0j}
print(s, len(s))
print({1, 1.0, True, 2, 2.0}, {3.0, 3})
print(hash("abc") == hash("abc"), hash(b"abc") == hash(b"abc"), hash((1, 2)) == hash((1.0, 2.0)))
print(hash(None) == hash(None), hash(frozenset([1])) == hash(frozenset([1.0])))
class C:
    pass
c = C()
print(hash(c) == hash(c), hash(C) == hash(C))
for v in [[], {}, set(), bytearray()]:
    try:
        hash(v)
    except TypeError as e:
        print("TypeError", e)
class H:
    def __hash__(self):
        return 1 << 100
print(type(hash(H())).__name__, hash(H()) == hash(1 << 100))
class Hs:
    def __hash__(self):
        return "no"
try:
    hash(Hs())
except TypeError as e:
    print("TypeError", e)
