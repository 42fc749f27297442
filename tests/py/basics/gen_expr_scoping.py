# generator expressions: first iterable evaluated eagerly, the rest lazily
x = 10
g = (x + i for i in range(3))
x = 100
print(list(g))

items = [1, 2]
g = (i for i in items)
items = [7, 8, 9]
print(list(g))


def bad():
    raise RuntimeError("evaluated now")


try:
    g = (i for i in bad())
except RuntimeError as e:
    print("first iterable eager:", e)
g = (j for i in range(2) for j in bad())
print("inner iterable lazy")
try:
    next(g)
except RuntimeError as e:
    print("raised on next:", e)


class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        pairs = [(v, w) for v in vals for w in vals if w > 2]
    except NameError as e:
        pairs = "NameError: %s" % e


print(C.doubled, C.pairs)
# loop variable does not leak
print([k for k in range(3)], "k" in dir())
g = (n * n for n in range(4))
print(sum(g), sum(g))
print(type(g).__name__, g.__name__ if hasattr(g, "__name__") else "")
