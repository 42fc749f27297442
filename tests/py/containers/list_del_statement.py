# del statement on list items and slices, and multiple targets
l = list(range(10))
del l[0]
print(l)
del l[-1]
print(l)
del l[1], l[1]
print(l)
del l[::3]
print(l)
del l[1:3]
print(l)
d = {"a": [1, 2, 3], "b": 2}
del d["a"][1]
print(d)
del d["a"][:], d["b"]
print(d)
x = [[1, 2], [3, 4]]
del x[1][0]
print(x)
try:
    del l[100]
except IndexError as e:
    print("IndexError", e)
try:
    del (1, 2)[0]
except TypeError as e:
    print("TypeError", e)
try:
    del "abc"[0]
except TypeError as e:
    print("TypeError", e)
try:
    del l["x"]
except TypeError as e:
    print("TypeError", e)
