# copy: shallow and deep copies, memo for shared and recursive structures
import copy
a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
s[1].append("s")
d[2]["k"].append("d")
print(a, s, d, s[1] is a[1], d[1] is a[1])
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
rec = [1]
rec.append(rec)
rc = copy.deepcopy(rec)
print(rc[1] is rc, rc is rec)
t = (1, 2, "x")
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
class Pt:
    def __init__(self, x, tags):
        self.x = x
        self.tags = tags
p = Pt(1, ["a"])
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.tags.append("b")
print(p2.tags, p3.tags, p2.x, type(p3).__name__)
class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        return Custom(self.v + 100)
    def __deepcopy__(self, memo):
        return Custom(self.v + 1000)
print(copy.copy(Custom(1)).v, copy.deepcopy(Custom(1)).v, copy.deepcopy([Custom(2)])[0].v)
print(copy.copy({1: 2}), copy.deepcopy({"a": {1, 2}}), copy.copy(set([3])), copy.deepcopy(bytearray(b"xy")))
print(copy.copy(5), copy.deepcopy("s"), copy.deepcopy(None), copy.copy(len) is len)
