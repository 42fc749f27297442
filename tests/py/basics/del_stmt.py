# del statement on names, items, slices, attributes
x = 5
del x
try:
    x
except NameError as e:
    print("NameError", e)
lst = [0, 1, 2, 3, 4, 5]
del lst[0]
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[:]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
class C:
    pass
c = C()
c.v = 1
del c.v
print(hasattr(c, "v"))
try:
    del c.v
except AttributeError as e:
    print("AttributeError")
a, b = 1, 2
del a, b
try:
    print(a)
except NameError as e:
    print("NameError", e)
def f():
    y = 1
    del y
    try:
        return y
    except NameError as e:
        return "NameError " + type(e).__name__
print(f())
nested = [[1, 2], [3, 4]]
del nested[0][1]
print(nested)
try:
    del lst[10]
except IndexError as e:
    print("IndexError", e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError", e)
g = 1
def delg():
    global g
    del g
delg()
print("g" in globals())
