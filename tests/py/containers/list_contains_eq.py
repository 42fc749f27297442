# membership uses identity then equality
nan = float("nan")
l = [nan, 1, "a"]
print(nan in l, 1.0 in l, True in l, "a" in l, "b" in l)
print(l.count(nan), l.index(nan))
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, Eq) and o.v == self.v
print(Eq(1) in [Eq(0), Eq(1)], Eq(2) in [Eq(0)])
print([Eq(1), Eq(1), Eq(2)].count(Eq(1)))
r = [Eq(3), Eq(4)]
r.remove(Eq(4))
print(len(r), r[0].v)
print(1 in [[1]], [1] in [[1]], () in [()], None in [None])
print(3 not in [1, 2], 2 not in [1, 2])
class NoEq:
    def __eq__(self, o):
        raise RuntimeError("no eq")
try:
    print(NoEq() in [1])
except RuntimeError as e:
    print("RuntimeError", e)
n = NoEq()
print(n in [n])
