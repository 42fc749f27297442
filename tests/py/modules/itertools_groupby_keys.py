# itertools.groupby: key functions, consumed groups, empty input, iterator advance
import itertools as it
data = "aaabccaa"
print([(k, "".join(g)) for k, g in it.groupby(data)])
print([(k, list(g)) for k, g in it.groupby(range(10), key=lambda x: x // 3)])
print(list(it.groupby([])), [k for k, _ in it.groupby([1, 1, 2, 2, 1])])
groups = it.groupby("xxyyz")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
for k, g in it.groupby(words, key=lambda w: w[0]):
    print(k, list(g))
print([(k, len(list(g))) for k, g in it.groupby([1, 1.0, True, 2])])
try:
    list(it.groupby(5))
except TypeError as e:
    print("TypeError", e)
try:
    list(it.groupby([1, 2], key=5))
except TypeError as e:
    print("TypeError", e)
print(list(it.groupby("ab", None))[0][0])
