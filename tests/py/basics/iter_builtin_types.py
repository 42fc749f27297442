# built-in iterators have CPython's classes (list_iterator, set_iterator, ...).
its = [iter([]), iter(()), iter("ab"), iter("é"), iter(b""), iter(bytearray()), iter(range(3)), iter({1}), iter(frozenset()),
       iter({}), iter({}.values()), iter({}.items()), iter(lambda: 1, 1), iter({}.keys())]
for it in its:
    print(type(it).__name__, repr(it).split(" object at")[0], iter(it) is it, type(it).__qualname__)
try:
    class X(type(iter([]))): pass
except TypeError as e:
    print("TypeError", e)
print(next(iter([5])), list(iter(range(2))), [x for x in "ab"])
try:
    len(iter([]))
except TypeError as e:
    print(e)
