# closures, nonlocal and global
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(10), c2())
def adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders()])
def late():
    return [lambda x: x + i for i in range(3)]
print([f(10) for f in late()])
G = 1
def read_global():
    return G
def write_global():
    global G
    G = 2
print(read_global())
write_global()
print(read_global(), G)
def outer():
    x = "outer"
    def mid():
        def inner():
            nonlocal x
            x = "changed"
        inner()
        return x
    r = mid()
    return r, x
print(outer())
def shadow():
    G = "local"
    return G
print(shadow(), G)
def unbound():
    try:
        print(y)
    except NameError as e:
        print("NameError", type(e).__name__)
    y = 1
    return y
print(unbound())
def counter_gen():
    total = [0]
    def add(v):
        total[0] += v
        return total[0]
    return add
a = counter_gen()
a(5)
print(a(6))
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
print(compose(lambda x: x * 2, lambda x: x + 1)(5))
def cell_after_def():
    def get():
        return v
    v = 42
    return get()
print(cell_after_def())
x = 0
def modify_and_read():
    global x
    x += 1
    def inner():
        return x * 10
    return inner()
print(modify_and_read(), modify_and_read())
