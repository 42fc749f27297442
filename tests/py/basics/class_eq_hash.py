# objects as dict keys / set members via __eq__ and __hash__
class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, o):
        return isinstance(o, Key) and (self.a, self.b) == (o.a, o.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return "Key(%r, %r)" % (self.a, self.b)
d = {Key(1, 2): "x"}
print(d[Key(1, 2)], Key(1, 2) in d, Key(2, 1) in d)
s = {Key(0, 0), Key(0, 0), Key(0, 1)}
print(len(s), sorted(s, key=lambda k: (k.a, k.b)))
class HashCounter:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        HashCounter.calls += 1
        return self.v
    def __eq__(self, o):
        return self.v == o.v
h = HashCounter(5)
dd = {h: 1}
dd[h]
print(HashCounter.calls >= 2)
class Unhashable:
    __hash__ = None
try:
    {Unhashable()}
except TypeError as e:
    print("TypeError", e)
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__ is None)
class Inherit(Key):
    pass
print(Inherit(1, 2) == Key(1, 2), {Inherit(1, 2): 5}[Key(1, 2)])
class SameHash:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __eq__(self, o):
        return self.v == o.v
col = {SameHash(i): i for i in range(10)}
print(len(col), col[SameHash(7)])
print(len({1, 1.0, True}), len({0, 0.0, False, ""}), {1: "a", 1.0: "b"})
print(hash(-1) == hash(-1), hash(0) == hash(0.0) == hash(False))
