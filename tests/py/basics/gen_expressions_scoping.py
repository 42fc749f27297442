# generator expression scoping: first iterable evaluated eagerly, the rest lazily
def make(n):
    print("make", n)
    return range(n)
g = (x for x in make(3))
print("created")
print(list(g))
k = 2
g2 = (x * k for x in range(3))
k = 10
print(list(g2))
try:
    bad = (x for x in 5)
except TypeError as e:
    print("TypeError at creation", e)
g3 = (y for x in [1] for y in undefined_later)
undefined_later = [7, 8]
print(list(g3))
class C:
    items = [1, 2, 3]
    total = sum(x for x in items)
print(C.total)
