# identity vs equality for containers, None and copies
a = [1, 2]
b = a
c = list(a)
d = a[:]
print(a is b, a is c, a is d, a == c == d)
b.append(3)
print(a, c, d)
t1 = (1, 2)
t2 = tuple(t1)
print(t1 == t2, tuple(t1) is t1 if False else True)
s = "text"
print(s == "te" + "xt", str(s) == s)
x = None
print(x is None, None is None, type(None)() is None if False else True)
def f():
    return None
print(f() is None, f() is f())
empty1, empty2 = [], []
print(empty1 == empty2, empty1 is empty2)
o1, o2 = object(), object()
print(o1 is o1, o1 is o2, o1 == o2, o1 != o2)
dd = {"k": a}
print(dd["k"] is a, dict(dd)["k"] is a)
class C:
    pass
print(C is C, C() is C(), type(C()) is C)
print(True is (1 == 1), False is (1 == 2), (not None) is True)
