# collections.UserDict / UserList: wrapped data, overrides via subclassing, operators
from collections import UserDict, UserList
class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
d = LowerDict({"A": 1}, B=2)
d["C"] = 3
d.update([("D", 4)])
print(d, d.data, len(d), "a" in d, d.get("b"), d.get("zz", 0), sorted(d.keys()))
print(d == {"a": 1, "b": 2, "c": 3, "d": 4}, d.pop("a"), d.popitem(), d.setdefault("e", 5), d)
c = d.copy(); c["x"] = 1
print(type(c).__name__, "x" in d, d | {"q": 0}, {"p": 1} | d)
class Missing(UserDict):
    def __missing__(self, key):
        return key * 2
print(Missing()["ab"], UserDict.fromkeys("xy", 0))
try:
    UserDict()["nope"]
except KeyError as e:
    print("KeyError", e)
try:
    UserDict({}, {})
except TypeError as e:
    print("TypeError", e)
l = UserList([3, 1, 2])
l.append(5); l.extend(UserList([9])); l.insert(0, 0)
print(l, l.data, len(l), l[1], type(l[1:3]).__name__, l[1:3], l.index(5), l.count(1))
l.sort(); print(l, l.pop(), l.pop(0), l)
l.reverse(); l.remove(3); print(l, l + [7], [7] + l, l * 2, 2 * l, type(l + [7]).__name__)
l += (4,); l *= 2; print(l, l == [2, 1, 4, 2, 1, 4], l < UserList([3]), 4 in l)
del l[0]; l[0] = "x"; print(l, list(reversed(l)), l.copy() == l, type(l.copy()).__name__)
