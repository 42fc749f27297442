# functools.cmp_to_key: sorting, comparisons between keys, errors
from functools import cmp_to_key
def cmp(a, b):
    return (a > b) - (a < b)
def rev(a, b):
    return cmp(b, a)
data = [5, 2, 9, 1, 7]
print(sorted(data, key=cmp_to_key(cmp)), sorted(data, key=cmp_to_key(rev)))
print(sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: len(a) - len(b))))
K = cmp_to_key(cmp)
a, b = K(1), K(2)
print(a < b, a > b, a == b, a <= b, a >= b, a != b, K(3) == K(3))
print(max([3, 8, 1], key=cmp_to_key(cmp)), min("hello", key=cmp_to_key(rev)))
try:
    hash(K(1))
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1, "a"], key=cmp_to_key(cmp))
except TypeError as e:
    print("TypeError", e)
try:
    cmp_to_key()
except TypeError as e:
    print("TypeError", e)
print(K(1).obj)
