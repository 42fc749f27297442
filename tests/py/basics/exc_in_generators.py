# exceptions inside generators and comprehensions
def gen():
    yield 1
    try:
        yield 2
    except ValueError:
        yield "caught"
    yield 3
g = gen()
print(next(g), next(g), g.throw(ValueError), next(g), next(g, "done"))
def raising():
    yield 1
    raise KeyError("from gen")
g = raising()
print(next(g))
try:
    next(g)
except KeyError as e:
    print("KeyError", e)
print(next(g, "exhausted after error"))
def guarded(it):
    for x in it:
        try:
            yield 10 / x
        except ZeroDivisionError:
            yield "inf"
print(list(guarded([1, 0, 2])))
def finally_gen():
    try:
        yield 1
        yield 2
    finally:
        print("finally_gen cleanup")
print(list(finally_gen()))
try:
    [x for x in range(3) if 1 / (x - 1)]
except ZeroDivisionError:
    print("comprehension raised")
try:
    {k: 1 / k for k in [1, 0]}
except ZeroDivisionError as e:
    print("dictcomp raised", e)
def stop_inside():
    yield 1
    return
    yield 2
print(list(stop_inside()))
def gen_with_return_value():
    yield 1
    return "rv"
def consume():
    rv = yield from gen_with_return_value()
    yield "got " + rv
print(list(consume()))
