# comparison dunders, __eq__/__hash__, __bool__, __len__
class Money:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, Money) and self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
    def __hash__(self):
        return hash(self.v)
    def __repr__(self):
        return "M%d" % self.v
a, b, c = Money(1), Money(2), Money(1)
print(a == c, a != b, a < b, b > a, a <= c, b >= a, a == 1)
print(sorted([Money(3), Money(1), Money(2)]), max(a, b), min([b, a]))
print(len({a, b, c}), {a: "x"}[c])
class NoHash:
    def __eq__(self, o):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError", e)
print(NoHash() == 5, NoHash() != 5)
class Default:
    pass
d1, d2 = Default(), Default()
print(d1 == d1, d1 == d2, d1 != d2, len({d1, d2, d1}))
try:
    d1 < d2
except TypeError as e:
    print("TypeError", e)
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Truth:
    def __init__(self, t):
        self.t = t
    def __bool__(self):
        return self.t
print(bool(Sized(0)), bool(Sized(3)), len(Sized(7)), bool(Truth(False)), bool(Truth(True)), bool(Default()))
print("yes" if Sized(1) else "no", not Sized(0))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError", e)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print("ValueError", e)
class Rev:
    def __init__(self, v): self.v = v
    def __gt__(self, o):
        print("Rev.__gt__")
        return self.v > o.v
class Plain:
    def __init__(self, v): self.v = v
print(Plain(1) < Rev(2))
class EqLog:
    def __eq__(self, o):
        print("EqLog.__eq__")
        return NotImplemented
print(EqLog() == EqLog())
print([Money(1)] == [Money(1)], Money(2) in [Money(1), Money(2)])
