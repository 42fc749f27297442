# dict | and |=
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a)
c = a.copy()
c |= b
print(c)
c |= [("w", 0)]
print(c)
c |= {}
print(c)
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: a | [("q", 1)])
show(lambda: a | None)
show(lambda: [("q", 1)] | a)
def ior_bad():
    e = {}
    e |= 5
    return e
show(ior_bad)
def ior_bad2():
    e = {}
    e |= [1]
    return e
show(ior_bad2)
class D(dict):
    pass
r = D(a=1) | {"b": 2}
print(type(r).__name__, r)
r2 = {"b": 2} | D(a=1)
print(type(r2).__name__, r2)
print(dict.__or__(a, 1), dict.__ror__(a, {"k": 0}))
