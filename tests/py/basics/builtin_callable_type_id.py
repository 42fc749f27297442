# callable, type, id
class C:
    def m(self):
        pass
    @staticmethod
    def s():
        pass
class K:
    def __call__(self):
        return "called"
print(callable(len), callable(C), callable(C()), callable(C().m), callable(C.s), callable(K()), callable(K))
print(callable(1), callable("s"), callable(None), callable(lambda: 0), callable(print), callable(int.__add__))
print(callable([].append), callable(type), callable(object()), callable(iter([])))
k = K()
k.__call__ = lambda: "instance attr"
print(k(), callable(C()))
print(type(1), type("a"), type(None), type(C()), type(C), type(type), type(len))
print(type(1) is int, type(True) is bool, type(1.0) is float, type(x for x in []).__name__)
x = [1]
y = x
print(id(x) == id(y), id(x) == id([1]), isinstance(id(x), int))
a = object()
print(id(a) == id(a), id(C) == id(C))
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: callable())
show(lambda: callable(1, 2))
show(lambda: id())
show(lambda: type())
show(lambda: type(1, 2))
show(lambda: type("X", (), {}, 1))
show(lambda: type("X", 1, {}))
show(lambda: type("X", (), 1))
show(lambda: type(1, (), {}))
T = type("T", (C,), {"v": 5})
print(T.__name__, T().v, T.__bases__ == (C,), issubclass(T, C))
