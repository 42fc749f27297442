# *args and **kwargs at call sites and in definitions
def show(*args, **kwargs):
    return "args=%r kwargs=%r" % (args, sorted(kwargs.items()))
print(show())
print(show(1, *[2, 3], 4, *(5,), a=1, **{"b": 2}, c=3, **{"d": 4}))
print(show(*"xy", *range(2)))
print(show(**{}))
def fixed(a, b, c=0, *, d=0):
    return (a, b, c, d)
print(fixed(*[1, 2]), fixed(*[1, 2, 3]), fixed(1, *[2], **{"d": 9}), fixed(**{"a": 1, "b": 2, "d": 3}))
try:
    show(**{"a": 1}, a=2)
except TypeError as e:
    print("TypeError", e)
try:
    fixed(*[1, 2, 3, 4])
except TypeError as e:
    print("TypeError", e)
try:
    fixed(**{1: 2})
except TypeError as e:
    print("TypeError", e)
def collect(first, *rest):
    return first, rest
print(collect(1), collect(1, 2, 3), collect(*[[1]]))
def kw_collect(**kw):
    kw["added"] = True
    return kw
src = {"x": 1}
out = kw_collect(**src)
print(src, out)
args = [1, 2]
def mutate(*a):
    return type(a).__name__
print(mutate(*args))
def passthrough(*args, **kwargs):
    return fixed(*args, **kwargs)
print(passthrough(1, 2, d=5), passthrough(1, b=2))
print(max(*[3, 9, 4]), print(*["a", "b"], sep="+"))
gen = (i for i in range(3))
print(show(*gen))
