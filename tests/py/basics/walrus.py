# assignment expressions
data = [1, 5, 12, 3, 20]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 10])
print(y)
vals = iter([3, 2, 1, 0, 9])
out = []
while (v := next(vals)) != 0:
    out.append(v)
print(out)
print((a := 5) + a, a)
def f():
    if (m := 10) > 5:
        return m * 2
print(f())
total = 0
print([total := total + i for i in range(5)], total)
print(any((hit := x) > 10 for x in data), hit)
d = {}
if (k := "key") not in d:
    d[k] = len(k)
print(d)
x = (z := 3, 4)
print(x, z)
print(f"{(w := 7)} {w}")
