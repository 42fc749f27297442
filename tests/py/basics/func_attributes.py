# function objects: names, docs, attributes, defaults, identity
def documented(a, b=2, *args, c=3, **kw):
    """Adds things."""
    return a + b
print(documented.__name__, documented.__doc__, documented(1))
def nodoc():
    pass
print(nodoc.__doc__, nodoc() is None)
documented.counter = 0
documented.counter += 1
print(documented.counter, hasattr(nodoc, "counter"))
alias = documented
print(alias is documented, alias.__name__, alias(5, 5))
def outer():
    def inner():
        pass
    return inner
i1, i2 = outer(), outer()
print(i1 is i2, i1.__name__, i1 == i2)
fs = [documented, nodoc, len, print, lambda: 0]
print([callable(f) for f in fs], [f.__name__ for f in fs])
def gen_fn():
    yield 1
print(type(gen_fn).__name__, type(gen_fn()).__name__, callable(gen_fn))
class K:
    def m(self):
        "method doc"
print(K.m.__name__, K().m.__doc__, K.m.__doc__)
