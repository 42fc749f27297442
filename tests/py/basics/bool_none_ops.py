# None and bool in arithmetic, containers and comparisons
print(True + 1, True * 3.5, True / 2, -True, ~True, True << 3, True ** 2, divmod(True, 2))
print(sum([True] * 5), [True, 1, 1.0].count(1), {True: "a", 1: "b"}, [1, 2, 3][True])
print(None is None, None == None, type(None).__name__, bool(None), str(None), repr(None))
print([None] * 3, None in [None], {None: 1}[None], (None,) == (None,))
x = None
print(x or "default", x and "never", x if x is not None else "was None")
def nothing():
    pass
print(nothing() is None, print("inner") is None)
for op in [lambda: None + 1, lambda: None < 1, lambda: len(None), lambda: nothing()[0], lambda: -None]:
    try:
        op()
    except TypeError as e:
        print("TypeError", e)
print(True and None, None or False, False or None, not None)
print(int(True) + int(False), float(True), str(True) + str(False), repr(True))
print(True == 1.0, False == 0.0, hash(True) == 1)
print(sorted([True, False, 0, 1, -1]), max(False, True), min(True, 2))
print(f"{True:d} {False:>5} {True!r}", "%d %s" % (True, False), "{}".format(None))
