# assignment expressions in comprehensions, while, if, and scoping
data = [3, 8, 1, 9, 4]
it = iter(data)
total = 0
while (v := next(it, None)) is not None:
    total += v
print(total, v)

# walrus in a comprehension binds in the enclosing scope
ys = [y for x in data if (y := x * 2) > 6]
print(ys, y)


def f():
    res = [last := i for i in range(4)]
    return res, last


print(f())

# any() with walrus captures the witness
if any((w := n) > 7 for n in data):
    print("witness", w)

# nested comprehension
pairs = [(a, b) for a in range(3) if (b := a * a) > 0]
print(pairs, b)

# in if/elif chains
s = "hello world"
if (n := len(s)) > 20:
    print("long")
elif (m := s.find("o")) >= 0:
    print("found at", m, "len", n)

# in function call arguments and expressions
print((z := 10) + z, z)
print([z := z + 1, z + 1])
d = {"k": (k := "key")}
print(d, k)

# errors
for src in ["[i := 0 for i in range(3)]", "def g():\n    [(j := 1) for j in range(2)]",
            "x := 5", "class C:\n    [(q := 1) for _ in range(1)]"]:
    try:
        exec(src)
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
