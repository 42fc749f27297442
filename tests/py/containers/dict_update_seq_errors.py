# dict() / dict.update with iterables of pairs and their error messages
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: dict([(1, 2), "ab", [3, 4]]))
t(lambda: dict(["a"]))
t(lambda: dict([(1, 2), (1, 2, 3)]))
t(lambda: dict([1]))
t(lambda: dict([None]))
t(lambda: dict(5))
t(lambda: dict("ab"))
t(lambda: dict({1: 2}, {3: 4}))
t(lambda: dict([("a", 1)], a=2, b=3))
t(lambda: dict(**{"x": 1}, y=2))
d = {}
t(lambda: d.update([(1, 2)], [(3, 4)]))
t(lambda: d.update([[5, 6]], z=0))
t(lambda: d.update(5))
t(lambda: d.update([(1,)]))
t(lambda: d.update([{7: 8, 9: 10}]))
t(lambda: d.update(iter([("k", "v")])))
t(lambda: d.update())
t(lambda: d.update(None))
print(d)
class KeysOnly:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k * 2
t(lambda: dict(KeysOnly()))
d2 = {}
d2.update(KeysOnly())
print(d2)
class BadKeys:
    def keys(self):
        return 5
t(lambda: dict(BadKeys()))
t(lambda: dict([([1], 2)]))
t(lambda: {}.update(x=1) or "done")
t(lambda: dict.update({}, {1: 2}))
t(lambda: dict.update(5, {}))
t(lambda: dict.update())
