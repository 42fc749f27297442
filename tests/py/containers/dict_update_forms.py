# dict.update and dict() with many argument forms
d = {}
d.update({"a": 1})
d.update([("b", 2), ("c", 3)])
d.update(c=30, d=4)
d.update({"e": 5}, f=6)
d.update((("g", 7),), g=70)
d.update(["hi", "jk"])
d.update()
print(d)
class KeysOnly:
    def keys(self):
        return ["x", "y"]
    def __getitem__(self, k):
        return k * 2
d.update(KeysOnly())
print(d)
print(dict(KeysOnly()), dict([(1, 2)], z=3), dict(a=1), dict({1: 2}), dict())
print(dict(zip("abc", range(3))))
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: d.update(1))
show(lambda: d.update([1]))
show(lambda: d.update([(1, 2, 3)]))
show(lambda: d.update(["abc"]))
show(lambda: d.update({}, {}))
show(lambda: dict([(1,)]))
show(lambda: dict(5))
show(lambda: dict({}, {}))
show(lambda: dict([[[], 1]]))
show(lambda: d.update([("k", 1), 5]))
