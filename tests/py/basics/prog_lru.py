# program: an LRU cache built on dict insertion order
class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.d = {}
        self.hits = self.misses = 0
    def get(self, k):
        if k in self.d:
            v = self.d.pop(k)
            self.d[k] = v
            self.hits += 1
            return v
        self.misses += 1
        return None
    def put(self, k, v):
        if k in self.d:
            self.d.pop(k)
        elif len(self.d) >= self.cap:
            oldest = next(iter(self.d))
            del self.d[oldest]
        self.d[k] = v
    def __repr__(self):
        return "LRU(%s)" % list(self.d.items())
c = LRU(3)
for k in "abc":
    c.put(k, k.upper())
print(c)
c.get("a")
c.put("d", "D")
print(c, c.get("b"), c.get("c"))
c.put("e", "E")
print(c, c.hits, c.misses)
def cached(cap):
    def deco(f):
        cache = LRU(cap)
        def wrapper(n):
            r = cache.get(n)
            if r is None:
                r = f(n)
                cache.put(n, r)
            return r
        wrapper.cache = cache
        return wrapper
    return deco
@cached(100)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache.hits, fib.cache.misses, len(fib.cache.d))
