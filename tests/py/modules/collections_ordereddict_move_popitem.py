# OrderedDict move_to_end / popitem(last=) / equality order sensitivity
from collections import OrderedDict
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b"); print(list(od))
od.move_to_end("b", last=False); print(list(od))
od.move_to_end("e", False); print(list(od))
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
print(od.popitem(), od.popitem(last=False), list(od))
print(od.popitem(False), list(od))
e = OrderedDict()
try:
    e.popitem()
except KeyError as ex:
    print("KeyError", ex)
try:
    e.popitem(last=False)
except KeyError as ex:
    print("KeyError", ex)
a = OrderedDict([(1, 1), (2, 2)])
b = OrderedDict([(2, 2), (1, 1)])
print(a == b, a == dict(b), dict(a) == b, a != b)
print(repr(a), repr(OrderedDict()), list(reversed(a)))
c = a.copy(); c[3] = 3
print(type(c).__name__, c, a)
print(OrderedDict.fromkeys("xy", 0))
a.update(z=26); print(a)
print(a.pop(1), a.setdefault(7, "s"), a)
print(list(a.keys()), list(a.values()), list(a.items()))
print(a | {9: 9}, type(a | {9: 9}).__name__)
print({0: 0} | OrderedDict(a=1), type({0: 0} | OrderedDict(a=1)).__name__)
a |= [(5, 5)]; print(a)
try:
    a | 5
except TypeError as e:
    print("TypeError")
try:
    pass
except TypeError as e:
    print("TypeError", e)
