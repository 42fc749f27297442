# generator functions: iteration, state, return value
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(4)), sum(count(10)), list(count(0)))
g = count(2)
print(type(g).__name__, next(g), next(g), next(g, "end"))
def with_return():
    yield 1
    yield 2
    return "result"
g = with_return()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value", e.value, e.args)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
def gen_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("gen cleanup")
for x in gen_finally():
    print(x)
def empty():
    return
    yield
print(list(empty()))
def lazy():
    print("started")
    yield 1
g = lazy()
print("created")
print(next(g))
def pipeline(src):
    for x in src:
        if x % 2:
            yield x * x
print(list(pipeline(range(10))))
def nested_gen():
    for i in range(3):
        for j in range(i):
            yield (i, j)
print(list(nested_gen()))
it = count(3)
print(list(zip(it, it)))
def gen_exc():
    yield 1
    raise ValueError("inside gen")
try:
    for v in gen_exc():
        print("got", v)
except ValueError as e:
    print("ValueError", e)
def running():
    yield g2.__next__()
g2 = running()
try:
    next(g2)
except ValueError as e:
    print("ValueError", e)
def early_stop():
    yield 1
    raise StopIteration
try:
    list(early_stop())
except RuntimeError as e:
    print("RuntimeError", e)
