# collections: namedtuple, OrderedDict, deque, defaultdict
from collections import namedtuple, OrderedDict, deque
import collections
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[1], len(p), tuple(p), p == (1, 2))
x, y = p
print(x, y, Point._fields, p._replace(x=10), p._asdict() == {"x": 1, "y": 2})
P3 = namedtuple("P3", "a b c")
print(P3(1, 2, 3), isinstance(p, tuple))
try:
    p.x = 5
except AttributeError:
    print("AttributeError immutable")
od = OrderedDict()
od["z"] = 1
od["a"] = 2
od["m"] = 3
print(list(od.keys()), list(od.items()), od.popitem(), list(od))
od.move_to_end("z") if hasattr(od, "move_to_end") else None
print(list(od))
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(list(d), d.pop(), d.popleft(), list(d), len(d))
d2 = deque((), 3)
for i in range(5):
    d2.append(i)
print(list(d2))
try:
    deque().pop()
except IndexError as e:
    print("IndexError")
dd = collections.defaultdict(list)
dd["a"].append(1)
dd["a"].append(2)
dd["b"]
print(sorted(dd.items()), dd.default_factory is list)
cnt = collections.defaultdict(int)
for ch in "banana":
    cnt[ch] += 1
print(sorted(cnt.items()))
