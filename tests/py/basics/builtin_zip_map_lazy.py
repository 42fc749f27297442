# zip/map/filter/enumerate are lazy and pull items in order
log = []
def src(name, n):
    for i in range(n):
        log.append((name, i))
        yield i
z = zip(src("a", 3), src("b", 2))
print(log)
print(next(z), log)
print(list(z), log)
log.clear()
m = map(lambda x, y: x + y, src("p", 2), src("q", 5))
print(list(m), log)
log.clear()
f = filter(lambda v: v % 2, src("f", 4))
print(next(f), log)
e = enumerate(src("e", 2), 5)
print(list(e))
it = iter(range(10))
print(list(zip(it, "abc")), next(it))
print(list(map(len, ["a", "bb", ""])), list(filter(len, ["a", "", "c"])))
g = map(lambda x: 1 / x, [1, 0, 2])
print(next(g))
try:
    next(g)
except ZeroDivisionError as ex:
    print("ZeroDivisionError", ex)
print(next(g))
