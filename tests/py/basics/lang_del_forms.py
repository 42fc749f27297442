# del of names, attributes, items, slices, and tuple/list targets
x = 1
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)


class O:
    pass


o = O()
o.a = 1
o.b = 2
del o.a
print(hasattr(o, "a"), o.b)
try:
    del o.a
except AttributeError as e:
    print(type(e).__name__, e)

lst = list(range(10))
del lst[0]
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)

d = {"a": 1, "b": 2, "c": 3}
del d["a"], d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)

a, b, c = 1, 2, 3
del (a, b), [c]
print("a" in dir(), "b" in dir(), "c" in dir())

try:
    del lst[5]
except IndexError as e:
    print(type(e).__name__, e)

t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)


def f():
    y = 5
    del y
    try:
        return y
    except UnboundLocalError as e:
        return type(e).__name__ + " " + str(e)


print(f())
s = "abc"
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
