# OrderedDict, defaultdict, Counter, ChainMap
from collections import OrderedDict, defaultdict, Counter, ChainMap
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
od.move_to_end("b")
print(list(od), od)
od.move_to_end("c", last=False)
print(list(od.items()))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict.fromkeys("xy", 0), OrderedDict(a=1) == OrderedDict(a=1))
print(OrderedDict([("a", 1), ("b", 2)]) == OrderedDict([("b", 2), ("a", 1)]), dict(a=1, b=2) == OrderedDict(b=2, a=1))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dd["zz"], sorted(dd))
di = defaultdict(int)
for ch in "mississippi":
    di[ch] += 1
print(sorted(di.items()), di.default_factory)
dn = defaultdict()
try:
    dn["x"]
except KeyError as e:
    print("KeyError", e)
print(isinstance(dd, dict), "a" in dd, dd.get("nope"), "nope" in dd)
c = Counter("abracadabra")
print(c, c["a"], c["z"], c.most_common(2))
c.update("aaz")
c.subtract({"b": 1})
print(sorted(c.items()), c.total(), sorted(c.elements())[:6])
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(Counter([1, 1, 2]) == {1: 2, 2: 1}, Counter())
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), "b" in cm, cm.get("zz", 0))
cm["c"] = 5
print(cm.maps, cm.new_child({"a": 0})["a"], cm.parents["a"])
