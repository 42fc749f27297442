# closures capturing loop variables and cells
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
fs = []
for i in range(3):
    def make(j):
        return lambda: j
    fs.append(make(i))
print([f() for f in fs])
def cells():
    x = 1
    get = lambda: x
    x = 2
    r1 = get()
    x = 3
    return r1, get()
print(cells())
def shared():
    val = [0]
    def inc():
        val[0] += 1
    def get():
        return val[0]
    return inc, get
inc, get = shared()
for _ in range(5):
    inc()
print(get())
def gen_closures():
    for i in range(3):
        yield lambda: i * 10
print([f() for f in gen_closures()])
print([f() for f in list(gen_closures())])
def outer(n):
    def rec(k):
        return 1 if k <= 1 else k * rec(k - 1)
    return rec(n)
print(outer(6))
def counter_factory():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    return step
a = counter_factory()
b = counter_factory()
print(a(), a(), b(), a())
adders = {n: (lambda x, n=n: x + n) for n in range(3)}
print([adders[n](100) for n in range(3)])
