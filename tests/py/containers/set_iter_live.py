# set iterators walk the live table: CPython's order and size-change errors.
s = {1}
try:
    for k in s:
        s.add(k + 1)
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
it = iter(s)
print(next(it))
s.discard(3); s.add(40)
print(list(it))
fs = frozenset(range(20, 0, -4))
print(list(iter(fs)), sorted(fs), [x for x in {5, 3, 9}])
s = set(range(5))
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(e)
print(s)
