# lambda defaults, closures capturing loop variables, late binding
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
fs = [(lambda j: lambda: j * 10)(i) for i in range(3)]
print([f() for f in fs])

# defaults evaluated once, at definition time
base = 5
add = lambda x, y=base: x + y
base = 100
print(add(1), add(1, 2))

# keyword-only and varargs in lambdas
h = lambda a, *rest, k=1, **kw: (a, rest, k, sorted(kw.items()))
print(h(1), h(1, 2, 3, k=4, z=5))
p = lambda a, b, /, c: (a, b, c)
print(p(1, 2, c=3))
try:
    p(a=1, b=2, c=3)
except TypeError as e:
    print(type(e).__name__, e)

# closures see later rebinding of the enclosing variable
def make():
    x = 1
    get = lambda: x
    x = 2
    return get


print(make()())

# nested lambdas and immediately-invoked
print((lambda x: (lambda y: x + y))(3)(4))
print(list(map(lambda s: s.upper(), ["a", "b"])))
print(sorted([(1, "b"), (2, "a")], key=lambda t: t[1]))
print((lambda: None).__name__)
c = lambda *a: len(a)
print(c(), c(1, 2, 3))

# while loop building closures
funcs = []
n = 0
while n < 3:
    funcs.append(lambda n=n: n * n)
    n += 1
print([f() for f in funcs])
