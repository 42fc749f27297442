# lambdas and functions as values
sq = lambda x: x * x
print(sq(5), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, b=2))
print((lambda a, b=10: a + b)(1), (lambda a, b=10: a + b)(1, 2))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
funcs = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
print(funcs["add"](2, 3), funcs["mul"](2, 3))
def apply(f, *args):
    return f(*args)
print(apply(max, 3, 9, 2), apply(len, "abc"))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(10), fact(20))
def mutual_even(n):
    return True if n == 0 else mutual_odd(n - 1)
def mutual_odd(n):
    return False if n == 0 else mutual_even(n - 1)
print(mutual_even(10), mutual_odd(7))
f = fact
del fact
try:
    f(3)
except NameError as e:
    print("NameError", e)
print(sq.__name__, apply.__name__)
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
print((lambda x: (lambda y: x * y))(3)(4))
print(callable(sq), callable(3), callable(print), callable(int))
def attrs():
    pass
attrs.custom = 5
print(attrs.custom)
