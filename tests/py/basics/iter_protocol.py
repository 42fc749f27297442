# iterators: exhaustion, sharing, builtin iterator types
it = iter([1, 2, 3])
print(next(it), list(it), list(it), next(it, None))
s = iter("ab")
print(next(s), next(s), next(s, "end"))
d = {"x": 1, "y": 2}
di = iter(d)
print(next(di), list(di))
ri = iter(range(3))
print(list(ri), list(ri))
ti = iter((5, 6))
print(list(zip(ti, ti)))
seti = iter({42})
print(next(seti))
bi = iter(b"AB")
print(list(bi))
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
f = Fib(50)
print(list(f), sum(f), list(zip(f, f)))
class Manual:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i * 11
m = Manual()
for v in m:
    print("v", v)
print(list(m))
e = enumerate(iter(["a", "b"]))
print(list(e))
lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.append(4)
print(lst)
lst2 = [1, 2, 3, 4]
for x in lst2:
    lst2.remove(x)
print(lst2)
print(list(iter(list(range(3)).__iter__())))
