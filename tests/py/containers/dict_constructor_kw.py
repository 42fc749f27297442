# dict() keyword forms and copy semantics
print(dict(a=1, b=2))
print(dict({"a": 1}, a=2))
print(dict([("a", 1)], a=3, b=4))
print(dict(**{"x": 1}, y=2))
d = {"k": [1]}
c = dict(d)
c["k"].append(2)
c["n"] = 0
print(d, c)
print(d.copy() == d, d.copy() is d)
def f(**kw):
    return kw
print(f(a=1, **{"b": 2}))
try:
    f(a=1, **{"a": 2})
except TypeError as e:
    print("TypeError", e)
try:
    dict(**{1: 2})
except TypeError as e:
    print("TypeError", e)
print(dict(dict(a=1).items()))
print(dict([["a", 1], "bc", (3, 4)]))
print(dict.__len__({1: 1}), dict.__getitem__({1: 9}, 1), dict.__contains__({1: 1}, 1))
x = {}
dict.__setitem__(x, "s", 1)
print(x)
dict.__delitem__(x, "s")
print(x)
print(dict.__init__(x, q=1), x)
