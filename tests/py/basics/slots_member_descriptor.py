# __slots__ names are member descriptors on the class (repr, __get__/__set__/__delete__, dir).
class S:
    __slots__ = ("x", "y")
    def __init__(self): self.x = 1
s = S()
print(type(S.x).__name__, repr(S.x), S.x.__name__)
print(S.x.__get__(s), hasattr(s, "y"))
S.x.__set__(s, 5); print(s.x)
try:
    S.y.__get__(s)
except AttributeError as e:
    print("AttributeError", e)
S.x.__delete__(s)
print(hasattr(s, "x"), "x" in dir(S), S.__slots__)
class T(S):
    __slots__ = ("z",)
t = T()
print(repr(T.z), repr(T.x), T.x.__objclass__.__name__, T.z.__get__(None, T) is not None)
try:
    S.x.__get__(5)
except TypeError as e:
    print("TypeError", e)
try:
    S.y.__delete__(s)
except AttributeError as e:
    print("AttributeError", e)
