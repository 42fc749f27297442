# dict | and |= with mappings and non-mappings
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a | {}, {} | a)
c = dict(a)
c |= b
print(c)
c |= [("w", 0)]
print(c)
c |= {"x": None}.items()
print(c)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: a | [("q", 1)])
t(lambda: a | None)
t(lambda: [("q", 1)] | a)
t(lambda: a.__or__([]))
t(lambda: a.__ror__({"r": 1}))
t(lambda: a.__ior__(5))
t(lambda: sorted(a | a.keys()))
class D(dict):
    pass
r = D(p=1) | {"q": 2}
print(type(r).__name__, r)
r2 = {"q": 2} | D(p=1)
print(type(r2).__name__, r2)
from collections import OrderedDict
print(type({"a": 1} | OrderedDict(b=2)).__name__)
def g():
    e = {}
    e |= {"k": 1}
    e |= (("j", 2),)
    return e
print(g())
d = {"a": 1}
t(lambda: d < d)
t(lambda: d > {})
t(lambda: d <= {"a": 1})
print(d == {"a": 1.0}, d != {"a": True}, {1: 2} == {True: 2}, {} == [])
