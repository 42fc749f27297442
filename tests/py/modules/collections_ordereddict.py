from collections import OrderedDict

od = OrderedDict([("a", 1), ("b", 2), ("c", 3)])
od.move_to_end("a"); print(list(od))
od.move_to_end("c", last=False); print(list(od))
od.move_to_end("b", False); print(list(od))
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
print(od.popitem(), od.popitem(last=False), od)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
o1 = OrderedDict(a=1, b=2); o2 = OrderedDict(b=2, a=1)
print(o1 == o2, dict(o1) == dict(o2), o1 == dict(o2))
print(repr(OrderedDict()), repr(o1))
o1.update(c=3); o1["a"] = 0; print(list(o1.items()))
print(o1.pop("b"), o1.setdefault("d", 4), list(o1))
print(list(reversed(o1)), list(o1.keys()), list(o1.values()))
print(OrderedDict.fromkeys("xy", 0))
print(isinstance(o1, dict), o1.copy() == o1, type(o1.copy()).__name__)
