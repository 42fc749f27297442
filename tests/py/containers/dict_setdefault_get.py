# setdefault, get, pop
d = {}
print(d.setdefault("a"), d)
print(d.setdefault("a", 5), d)
print(d.setdefault("b", []), d)
d.setdefault("b", []).append(1)
print(d)
print(d.get("a"), d.get("zz"), d.get("zz", 7), d.get("b"))
print(d.pop("a"), d)
print(d.pop("zz", "default"), d.pop("zz", None))
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: d.pop("zz"))
show(lambda: d.pop())
show(lambda: d.pop(1, 2, 3))
show(lambda: d.get())
show(lambda: d.get(1, 2, 3))
show(lambda: d.setdefault())
show(lambda: d.setdefault([], 1))
show(lambda: d.get([]))
show(lambda: d.pop([]))
show(lambda: d.get(key="b"))
d2 = {1: "int"}
print(d2.get(1.0), d2.get(True), d2.setdefault(1.0, "float"), d2)
print(d2.pop(True), d2)
