# namedtuple _make / _replace / _asdict / _fields errors and behaviour
from collections import namedtuple
P = namedtuple("P", "x y z")
p = P._make([1, 2, 3])
print(p, p._asdict(), type(p._asdict()).__name__)
print(P._make(iter("abc")), P._make(range(3)))
try:
    P._make([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    P._make([1, 2, 3, 4])
except TypeError as e:
    print("TypeError", e)
q = p._replace(y=20, z=30)
print(q, p, q is p)
print(p._replace() == p)
try:
    p._replace(w=1)
except ValueError as e:
    print("ValueError", e)
try:
    p._replace(w=1, v=2)
except ValueError as e:
    print("ValueError", e)
print(P._fields, P._field_defaults, p._fields is P._fields)
print(p.x + p.y + p.z, p[0], p[-1], p[1:], len(p))
x, y, z = p
print(x, y, z, p.count(1), p.index(3))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError")
print(isinstance(p, tuple), p == (1, 2, 3), hash(p) == hash((1, 2, 3)))
