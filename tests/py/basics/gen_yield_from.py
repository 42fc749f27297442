# yield from delegation
def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    print("inner got", y)
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got result", r)
    yield 3
g = outer()
print(next(g))
print(g.send("s1"))
print(g.send("s2"))
print(list(g))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2), (x * 2 for x in [5]))))
def tree(n):
    if n == 0:
        yield "leaf"
        return
    yield "node%d" % n
    yield from tree(n - 1)
    yield from tree(n - 1)
print(list(tree(2)))
def thrower():
    try:
        yield "a"
    except ValueError as e:
        print("inner caught", e)
        yield "handled"
def delegator():
    yield from thrower()
    yield "after"
d = delegator()
print(next(d))
print(d.throw(ValueError("x")))
print(next(d))
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")
def deleg2():
    yield from closer()
d2 = deleg2()
next(d2)
d2.close()
def ret_only():
    return 42
    yield
def take_ret():
    v = yield from ret_only()
    yield v
print(list(take_ret()))
def yf_iter():
    res = yield from [1, 2]
    yield res
print(list(yf_iter()))
def flatten(x):
    if isinstance(x, list):
        for i in x:
            yield from flatten(i)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
