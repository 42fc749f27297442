# StopIteration and generator-related errors
it = iter([])
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, e.args, e.value)
def g():
    return "retval"
    yield
try:
    next(g())
except StopIteration as e:
    print(type(e).__name__, e.args, e.value)
def leaky():
    yield 1
    next(iter([]))
try:
    list(leaky())
except RuntimeError as e:
    print(type(e).__name__, e)
def gen():
    yield 1
x = gen()
next(x)
try:
    x.send(1)
except StopIteration as e:
    print("send after end:", type(e).__name__, e.value)
y = gen()
try:
    y.send("not None")
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(5)
except TypeError as e:
    print(type(e).__name__, e)
class BadNext:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError("next failed")
try:
    for _ in BadNext():
        pass
except ValueError as e:
    print(type(e).__name__, e)
