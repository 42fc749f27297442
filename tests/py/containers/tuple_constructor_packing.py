# tuple constructor, packing, unpacking, and errors
t = 1, 2, 3
print(t, type(t).__name__, (1), (1,), tuple(), () == tuple())
a, b, c = t
print(a, b, c)
a, *b = t
print(a, b)
*a, b = "xyz"
print(a, b)
(a, b), c = (1, 2), 3
print(a, b, c)
def show(code):
    try:
        exec(code, {})
        print("ok")
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
show("a, b = (1, 2, 3)")
show("a, b, c = (1, 2)")
show("a, b = 1")
show("a, *b, c = (1,)")
show("a, b = 'x'")
show("a, b = {1: 2, 3: 4}")
show("(a, b), c = 1, 2")
show("a, b = iter([1, 2, 3])")
print(tuple(iter("ab")), tuple(x for x in ()), tuple({"a": 1}.items()))
x = (1, [2])
y = tuple(x)
print(y is x, y == x)
