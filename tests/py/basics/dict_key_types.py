# dict keys of various hashable types and equal-hash merging
d = {}
d[1] = "int"
d[1.0] = "float overwrites int"
d[True] = "bool overwrites too"
d[0] = "zero"
d[0.0] = "float zero"
d["1"] = "str"
d[(1, 2)] = "tuple"
d[frozenset([1])] = "frozenset"
d[None] = "none"
d[b"1"] = "bytes"
d[-1] = "neg"
d[2 ** 100] = "big"
print(len(d))
for k in d:
    print(repr(k), d[k])
print(d[1], d[True], d[1.0], d[0], d[(1, 2)], d[frozenset({1})], d[2 ** 100])
print(1 in d, 1.0 in d, "1" in d, (2, 1) in d, frozenset() in d)
try:
    d[[1]] = 1
except TypeError as e:
    print("TypeError", e)
try:
    d[{1: 2}] = 1
except TypeError as e:
    print("TypeError", e)
try:
    d[(1, [2])] = 1
except TypeError as e:
    print("TypeError", e)
