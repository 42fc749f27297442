# generator expressions: laziness, scoping, exhaustion
calls = []
def track(x):
    calls.append(x)
    return x
g = (track(x) * 2 for x in range(5))
print(calls)
print(next(g), calls)
print(list(g), calls)
print(list(g))
data = [3, 1, 4, 1, 5, 9, 2, 6]
print(sum(x for x in data if x > 2), max(x % 5 for x in data), min((x, -x) for x in data))
print(any(x > 8 for x in data), all(x > 0 for x in data), sorted(x for x in data if x % 2))
print(list(x + y for x in "ab" for y in "12"))
print(dict((k, len(k)) for k in ["a", "bb"]), set(x % 3 for x in range(10)) == {0, 1, 2})
print(tuple(i for i in range(3)), "".join(c.upper() for c in "abc"))
gen = (i for i in range(3))
print(3 in gen, list(gen))
gen = (i for i in range(10))
print(5 in gen, list(gen))
outer = [1, 2]
g2 = (x for x in outer)
outer = [100]
print(list(g2))
def first_match(pred, it):
    return next((x for x in it if pred(x)), None)
print(first_match(lambda v: v > 4, data), first_match(lambda v: v > 100, data))
nested = ((i, j) for i in range(3) for j in range(i, 3) if (i + j) % 2 == 0)
print(list(nested))
g3 = (x for x in range(3))
print(type(g3).__name__, iter(g3) is g3)
try:
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
