# popitem is LIFO; insertion order preserved
d = {}
for k in "hello world":
    d[k] = d.get(k, 0) + 1
print(d)
print(list(d))
print(d.popitem(), d.popitem())
print(d)
d["h"] = 100
print(list(d))
del d["e"]
d["e"] = 0
print(list(d))
print(d.popitem())
e = {}
try:
    e.popitem()
except KeyError as ex:
    print("KeyError", ex)
try:
    d.popitem(1)
except TypeError as ex:
    print("TypeError", ex)
x = {1: 1, 2: 2, 3: 3}
while x:
    print(x.popitem(), end=" ")
print()
y = {"a": 1}
y["a"] = 2
y["b"] = 3
y["a"] = 4
print(y, list(y.items()))
