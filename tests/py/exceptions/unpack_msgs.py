# unpacking error messages
def try_unpack(src, n):
    try:
        if n == 2:
            a, b = src
        elif n == 3:
            a, b, c = src
        else:
            a, *b = src
        print("ok", src)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for src, n in [([1], 2), ([1, 2, 3], 2), ((1, 2), 3), ("abcd", 3), (5, 2), (None, 2), (1.5, 1), ([], 1), ({}, 2), (iter([1]), 2)]:
    try_unpack(src, n)
def star_call(*a):
    return a
for bad in [5, None]:
    try:
        star_call(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
def kw_call(**k):
    return k
for bad in [[1], 5, None]:
    try:
        kw_call(**bad)
    except TypeError as e:
        print(type(e).__name__, e)
for bad in [5, None]:
    try:
        [*bad]
    except TypeError as e:
        print(type(e).__name__, e)
try:
    {**[1]}
except TypeError as e:
    print(type(e).__name__, e)
