# yield from: return values, delegation of send/throw, StopIteration value
def inner():
    x = yield "i1"
    y = yield "i2:%s" % x
    return "inner-result(%s)" % y


def outer():
    r = yield from inner()
    yield "outer got " + r
    return "outer-done"


g = outer()
print(next(g), g.send("A"), g.send("B"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)


def sub():
    try:
        yield 1
        yield 2
    except KeyError:
        yield "sub caught"
    return "ret"


def deleg():
    r = yield from sub()
    yield r


g = deleg()
print(next(g), g.throw(KeyError), next(g))


# yield from a non-generator iterable
def flat(items):
    for it in items:
        if isinstance(it, list):
            yield from flat(it)
        else:
            yield it


print(list(flat([1, [2, [3, 4]], [], 5])))


def from_range():
    r = yield from range(3)
    yield r


print(list(from_range()))


# return value in a plain generator
def just_return():
    return 42
    yield


try:
    next(just_return())
except StopIteration as e:
    print(e.value)


# close propagates into the delegate
def inner2():
    try:
        yield 1
    finally:
        print("inner2 closed")


def outer2():
    yield from inner2()


g = outer2()
next(g)
g.close()
print("end")
