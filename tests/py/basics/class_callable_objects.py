# __call__ on instances and classes, callable(), bound method objects
class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, x, *, twice=False):
        r = x * self.k
        return r * 2 if twice else r


m = Multiplier(3)
print(m(2), m(2, twice=True), callable(m), callable(Multiplier), callable(5))
print(list(map(m, [1, 2, 3])))
try:
    m()
except TypeError as e:
    print(type(e).__name__, e)


class NotCallable:
    pass


try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
try:
    five = 5
    five()
except TypeError as e:
    print(type(e).__name__, e)


# __call__ looked up on the type, not the instance
n = NotCallable()
n.__call__ = lambda: "instance attr"
print(callable(n))
try:
    n()
except TypeError as e:
    print(type(e).__name__, e)


class Meth:
    def m(self):
        return self


obj = Meth()
bm = obj.m
print(bm() is obj, bm.__self__ is obj, bm.__func__ is Meth.m, bm == obj.m, bm is obj.m)
print(Meth.m(obj) is obj, type(bm).__name__, bm.__name__)
