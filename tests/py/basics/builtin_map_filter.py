# map and filter
print(list(map(abs, [-1, 2, -3])))
print(list(map(pow, [2, 3], [3, 2])))
print(list(map(lambda a, b, c: a + b + c, "ab", "cd", "efg")))
print(list(map(str.upper, "hi")), list(map(int, ["1", "22"])))
print(list(filter(None, [0, 1, "", "a", [], [0], None, False, 2.5])))
print(list(filter(lambda x: x % 2, range(10))))
print(list(filter(str.isdigit, "a1b22c")))
print(list(filter(bool, (0, 0.0, 0j, 3))))
m = map(len, ["a", "bb"])
print(next(m), next(m))
try:
    next(m)
except StopIteration:
    print("stop")
def show(f):
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__, ex)
show(lambda: map())
show(lambda: map(abs))
show(lambda: list(map(abs, 5)))
show(lambda: list(map(5, [1])))
show(lambda: list(map(abs, ["a"])))
show(lambda: filter())
show(lambda: filter(None))
show(lambda: filter(None, 1))
show(lambda: filter(None, [1], [2]))
show(lambda: list(filter(5, [1])))
show(lambda: map(abs, [1], key=1))
show(lambda: filter(None, [], key=1))
calls = []
def f(x):
    calls.append(x)
    return x
m = map(f, [1, 2, 3])
print(calls, next(m), calls)
print(type(map(f, [])).__name__, type(filter(None, [])).__name__)
