# Counter: most_common ties, elements order, update/subtract, arithmetic drops non-positive
from collections import Counter
c = Counter("abracadabra")
print(c, c.most_common(2), c.most_common(), c.most_common(0), c.most_common(-1))
print(sorted(c.elements()), c["zz"], "zz" in c, c.total())
c.update("aaz"); c.update({"b": -5}); print(c)
c.subtract("aaaaa"); c.subtract(r=10); print(c)
print(+c, -c)
x, y = Counter(a=3, b=1, c=-1), Counter(a=1, b=2, d=4)
print(x + y, x - y, x | y, x & y)
print(Counter({"a": 0}) == Counter(), Counter(a=1) == {"a": 1}, Counter("ab") < Counter("abc") if hasattr(Counter, "__lt__") else "")
del x["a"]; del x["nope"]; print(x)
print(Counter(), repr(Counter()), Counter(a=1).copy(), type(Counter(a=1).copy()).__name__)
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError", e)
try:
    Counter(1)
except TypeError as e:
    print("TypeError", e)
print(Counter(["x", "y", "x"]), Counter(k=2, j=2).most_common(1))
