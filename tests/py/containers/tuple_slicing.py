# tuple slicing, concatenation, repetition, repr
t = tuple(range(10))
print(t[2:5], t[::3], t[::-2], t[8:2:-3], t[-3:], t[:-7], t[100:], t[5:1])
print(t[:] is t, t[0:10] is t)
print((1,), (), (1, 2) + (3,), (0,) * 3, 2 * ("a",), (1,) * 0, (1,) * -3)
print(repr((1,)), repr(()), str(("a", 'b"', None)))
print(tuple("abc"), tuple([1, 2]), tuple({"k": 1}), tuple(range(3)))
print(tuple(x * x for x in range(4)))
a = (1, 2)
b = a * 1
print(b is a)
print(len(t), 5 in t, 11 in t, t.count(3))
x, *y, z = t
print(x, y, z)
((p, q), r) = ((1, 2), 3)
print(p, q, r)
nested = ([1], [2])
nested[0].append(9)
print(nested)
try:
    nested[0] += [5]
except TypeError as e:
    print("TypeError", e)
print(nested)
print(tuple.__len__((1, 2)), tuple.__getitem__((5, 6), 1), tuple.__contains__((1,), 1))
print(tuple.__add__((1,), (2,)), tuple.__mul__((1,), 2))
