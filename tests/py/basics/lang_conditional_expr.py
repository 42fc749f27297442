# conditional expressions: laziness, nesting, precedence
log = []


def f(n, r):
    log.append(n)
    return r


print(f("a", 1) if f("c", True) else f("b", 2), log)
log.clear()
print(f("a", 1) if f("c", 0) else f("b", 2), log)

x = 7
print("big" if x > 10 else "mid" if x > 5 else "small")
print(("big" if x > 10 else "mid") if x > 0 else "neg")
print([("e" if i % 2 == 0 else "o") for i in range(5)])
print(1 + (2 if x else 3), 1 + 2 if not x else 3)
g = lambda n: "pos" if n > 0 else "zero" if n == 0 else "neg"
print([g(n) for n in (-1, 0, 1)])
y = x if x is not None else 0
print(y)
# precedence: lower than or/and
print(0 or 1 if 0 else 2)
print((0 or 1) if 1 else 2)
print(not x if x else "falsy")
print([1, 2] if [] else {} if () else "both empty")
print((lambda: 1 if True else 2 == 1)())
print((lambda: 1 if False else 2)())
