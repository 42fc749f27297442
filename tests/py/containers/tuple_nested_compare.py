# lexicographic comparison of nested tuples and lists
data = [(2, (1, "b")), (1, (9, "a")), (2, (1, "a")), (2, (0, "z")), (1,), ()]
print(sorted(data))
print(max(data), min(data))
print((1, (2, 3)) < (1, (2, 4)), (1, [2, 3]) < (1, [2, 3, 0]), ((),) < ((0,),))
print((1, 2) == (1, 2.0), (1, (2,)) == (1, (2.0,)), (1, [2]) != (1, [2]))
a = ([1], "x")
b = ([1], "y")
print(a < b, a <= b, a == b, a > b)
try:
    (1, (2, "a")) < (1, (2, 3))
except TypeError as e:
    print("TypeError", e)
try:
    ([], 1) < ((), 1)
except TypeError as e:
    print("TypeError", e)
