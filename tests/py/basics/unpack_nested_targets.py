# unpacking into nested targets, attributes, subscripts; starred in for loops
data = [(1, (2, 3)), (4, (5, 6))]
for a, (b, c) in data:
    print(a, b, c)
for first, *rest in [[1, 2, 3], [4], "xyz"]:
    print(first, rest)
for (a, b), *others in [((1, 2), 3, 4), ((5, 6),)]:
    print(a, b, others)
class O:
    pass
o = O()
o.a, o.b = "A", "B"
print(o.a, o.b)
arr = [None] * 4
arr[0], (arr[1], arr[2]), arr[3] = 1, (2, 3), 4
print(arr)
d = {}
(d["x"], d["y"]), d["z"] = "ab", "c"
print(d)
[a, [b, [c, d2]]] = [1, [2, [3, 4]]]
print(a, b, c, d2)
head, *mid, tail = range(10)
print(head, mid, tail)
*init, last = "hello"
print(init, last)
x, = [42]
print(x)
(y,) = "z"
print(y)
try:
    (p, q), r = (1, 2, 3), 4
except ValueError as e:
    print("ValueError", e)
s1, s2, *s3 = b"abcd"
print(s1, s2, s3)
k1, k2 = {"key1": 1, "key2": 2}
print(k1, k2)
