# and/or/not short-circuit and truthiness
print(True and False, True or False, not True, not 0, not "")
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "x", "" or [] or 0)
print([] and 5, [0] and 5, "a" and "b" and "c", 0 or None)
vals = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (0,), {}, {0: 0}, set(), None, True, False, range(0), range(1)]
for v in vals:
    print(repr(v), bool(v))
def side(name, result):
    print("eval", name)
    return result
print(side("a", 0) and side("b", 1))
print(side("a", 1) and side("b", 2))
print(side("a", 0) or side("b", 0) or side("c", 3))
print(side("a", 1) or side("b", 2))
x = 3
y = x > 2 and "big" or "small"
print(y)
print(not not [1])
print(bool(), bool(0j) if False else "skip", int(True), True + 0)
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(isinstance(True, int), issubclass(bool, int))
print(str(True), repr(False), True.__class__.__name__)
print(sum([True, True, False, True]))
