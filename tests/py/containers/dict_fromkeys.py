# dict.fromkeys
print(dict.fromkeys("abc"))
print(dict.fromkeys(["x", "y"], 0))
print(dict.fromkeys(range(3), []))
d = dict.fromkeys("ab", [])
d["a"].append(1)
print(d)
print(dict.fromkeys([]))
print(dict.fromkeys("aab", 5))
print(dict.fromkeys({"z": 1, "w": 2}))
print({}.fromkeys((1, 2)))
class D(dict):
    pass
r = D.fromkeys("xy", 1)
print(type(r).__name__, r)
for bad in [lambda: dict.fromkeys(), lambda: dict.fromkeys(1),
            lambda: dict.fromkeys([[1]]), lambda: dict.fromkeys("a", 1, 2)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
