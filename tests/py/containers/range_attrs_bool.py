# range attributes, truthiness, and use in various builtins
r = range(3, 30, 7)
print(r.start, r.stop, r.step, bool(r), bool(range(0)), bool(range(5, 5)), bool(range(1, 0)))
print(list(r), len(r), r[len(r) - 1], sum(r), list(enumerate(r)))
print(tuple(range(3)), set(range(3)) == {0, 1, 2}, dict.fromkeys(range(2)), frozenset(range(0)))
print(sorted(range(3), reverse=True), sorted(range(10, 0, -3)), any(range(1)), all(range(1, 5)))
print(list(filter(None, range(-2, 3))), list(map(str, range(3))), list(zip(range(3), range(5, 8))))
print("".join(map(str, range(10))), [x for x in range(20) if x % 6 == 0])
try:
    range(3).start = 1
except AttributeError as e:
    print("AttributeError", e)
print(range(-5, 5, 3), repr(range(0, -1)), str(range(7)))
print(range(1, 10, 2).index(7), 5 in range(1, 10, 2), 6 in range(1, 10, 2), list(range(1, 10, 2)[::-2]))
