# KeyError messages and repr of keys
def show(f):
    try:
        print(f())
    except KeyError as e:
        print("KeyError", e, repr(e), e.args)
d = {"a": 1}
show(lambda: d["b"])
show(lambda: d[1])
show(lambda: d[(1, 2)])
show(lambda: d[()])
show(lambda: d[None])
show(lambda: d[""])
show(lambda: d[1.5])
show(lambda: d.pop("q"))
show(lambda: {}.popitem())
def delit():
    del d["zz"]
show(delit)
show(lambda: d[frozenset()])
try:
    d[[1]]
except TypeError as e:
    print("TypeError", e)
try:
    d[{}] = 1
except TypeError as e:
    print("TypeError", e)
try:
    {[]: 1}
except TypeError as e:
    print("TypeError", e)
try:
    d[{1}]
except TypeError as e:
    print("TypeError", e)
class Missing(dict):
    def __missing__(self, k):
        return "missing " + repr(k)
m = Missing(a=1)
print(m["a"], m["b"], m.get("b"), "b" in m)
