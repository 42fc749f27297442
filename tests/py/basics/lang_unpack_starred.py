# starred assignment targets in all positions
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = (1, 2)
print(a, b, c)
*a, = (1, 2, 3)
print(a)
[a, *b] = {"k": 1, "j": 2}
print(a, b)
(a, b), *rest = [(1, 2), 3, 4]
print(a, b, rest)
for first, *others in [(1, 2, 3), (4,), "ab"]:
    print(first, others)
x = [0, 0, 0]
x[0], *x[1:] = 1, 2, 3, 4
print(x)


class O:
    pass


o = O()
o.a, *o.b = "hey"
print(o.a, o.b)
d = {}
*d["s"], d["t"] = 1, 2, 3
print(d)
# starred result is always a list
*s, = (i for i in range(3))
print(type(s).__name__, s)
# errors
for src in ["a, *b = []", "a, *b, c = [1]", "*a, b, c, d = 'ab'"]:
    try:
        exec(src)
    except ValueError as e:
        print(type(e).__name__, e)
for src in ["*a, *b = [1, 2]", "*a = [1]", "del *a"]:
    try:
        exec(src)
        print("no error")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
