# threading.local: per-thread attributes, subclasses with __init__, isolation.
import threading

loc = threading.local()
loc.x = 1
loc.name = "main"
res = []


def f(k):
    res.append((k, hasattr(loc, "x"), getattr(loc, "x", None)))
    loc.x = k
    loc.y = k * 10
    for _ in range(100):
        assert loc.x == k and loc.y == k * 10
    res.append((k, loc.x, loc.y))
    del loc.y
    res.append((k, hasattr(loc, "y")))


ts = [threading.Thread(target=f, args=(k,)) for k in range(1, 5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(res))
print(loc.x, loc.name, hasattr(loc, "y"))
try:
    loc.missing
except AttributeError as e:
    print("AttributeError")
try:
    del loc.missing
except AttributeError:
    print("AttributeError on del")
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)


class MyLocal(threading.local):
    initialized = 0

    def __init__(self, a, b=2):
        self.a = a
        self.b = b
        self.items = []

    def total(self):
        return self.a + self.b + len(self.items)


ml = MyLocal(1, b=5)
ml.items.append("main")
ml.a = 100
out = []


def g():
    # __init__ runs again (with the original arguments) in each new thread
    out.append((ml.a, ml.b, ml.items, ml.total()))
    ml.items.append("t")
    out.append(ml.total())


t = threading.Thread(target=g)
t.start()
t.join()
print(out, ml.a, ml.items, ml.total())


class WithProp(threading.local):
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, val):
        self._v = val * 2


wp = WithProp()
wp.v = 3
out = []


def h():
    out.append(wp.v)
    wp.v = 10
    out.append(wp.v)


t = threading.Thread(target=h)
t.start()
t.join()
print(out, wp.v)

# many threads, many locals: each sees only its own value
locs = [threading.local() for _ in range(5)]
errors = []
lock = threading.Lock()


def many(k):
    for i, l in enumerate(locs):
        l.v = (k, i)
    for _ in range(50):
        for i, l in enumerate(locs):
            if l.v != (k, i):
                with lock:
                    errors.append((k, i))


ts = [threading.Thread(target=many, args=(k,)) for k in range(16)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("errors:", errors, [hasattr(l, "v") for l in locs])
