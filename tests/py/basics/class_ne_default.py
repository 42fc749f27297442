# __ne__ defaults to inverted __eq__; reflected comparisons
class A:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("A.__eq__")
        return isinstance(o, A) and self.v == o.v
print(A(1) != A(1), A(1) != A(2))
class Lt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return "Lt(%d)" % self.v
print(Lt(1) < Lt(2), Lt(2) > Lt(1), sorted([Lt(3), Lt(1), Lt(2)]))
try:
    Lt(1) <= Lt(2)
except TypeError as e:
    print("TypeError", e)
class Ge:
    def __ge__(self, o):
        return "Ge.__ge__"
class Plain:
    pass
print(Plain() <= Ge())
class NumLike:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        if isinstance(o, (int, float)):
            return self.v == o
        return NotImplemented
    __hash__ = None
print(NumLike(3) == 3, 3 == NumLike(3), NumLike(3) != 4, 4 != NumLike(3), NumLike(1) == "x")
class Always:
    def __eq__(self, o):
        return "truthy-string"
print(Always() == 1, bool(Always() == 1), Always() != 1)
print([Always()] == [1], Always() in [0])
