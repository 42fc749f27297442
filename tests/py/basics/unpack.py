# sequence unpacking incl. starred
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(a, b), c = (1, 2), 3
print(a, b, c)
[a, b] = "xy"
print(a, b)
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = range(4)
print(a, b)
a, *b, c = "hello"
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
first, (x, *rest) = 0, [1, 2, 3]
print(first, x, rest)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
print([*range(3), *"ab"], (*[1, 2], 3), {*[1, 1, 2]} == {1, 2})
print({**{"a": 1}, **dict(b=2)})
def f(*args, **kw):
    return args, sorted(kw.items())
print(f(*[1, 2], *(3,), **{"x": 1}, **{"y": 2}))
for bad in [[1], [1, 2, 3]]:
    try:
        p, q = bad
    except ValueError as e:
        print("ValueError", e)
try:
    p, q, *r = [1]
except ValueError as e:
    print("ValueError", e)
try:
    p, q = 5
except TypeError as e:
    print("TypeError", e)
d = {}
d["k"], d["j"] = 1, 2
print(d)
lst = [0, 0, 0]
lst[0], lst[2] = "a", "c"
print(lst)
x = y = z = [7]
print(x is z, y)
i, lst2 = 0, [10, 20]
i, lst2[i] = 1, 99
print(i, lst2)
