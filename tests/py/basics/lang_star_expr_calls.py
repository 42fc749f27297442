# starred expressions in calls, displays, returns, and subscripts
def f(*a, **k):
    return a, k


print(f(*[1, 2], 3, *(4,), x=1, **{"y": 2}))
print(f(*"ab", *range(2)))
print([*[1], *{2: 0}, *(3,)], (*"xy",), {*[1, 1], 2})
print({**{"a": 1}, **dict(b=2)})


def ret():
    return 1, *[2, 3]


print(ret())
t = *range(3), 4
print(t)
for x in *[1, 2], 3:
    print(x, end=" ")
print()
d = {}
d[1, *[2]] = "tuple key"
print(d)
try:
    f(**{"a": 1}, a=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [*5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**[1]}
except TypeError as e:
    print(type(e).__name__, e)
