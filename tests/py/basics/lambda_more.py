# lambda edge cases
print((lambda: None)(), (lambda x, /, y: x - y)(5, y=1), (lambda *, k: k)(k=3))
print((lambda x=[]: x)() is (lambda x=[]: x)())
f = lambda n: n if n < 2 else f(n - 1) + f(n - 2)
print([f(i) for i in range(10)])
print(sorted([(1, "b"), (0, "z"), (1, "a")], key=lambda t: (t[0], t[1])))
print(list(filter(lambda s: s and s[0] == "a", ["apple", "", "avocado", "banana"])))
compose = lambda *fs: lambda x: [x := g(x) for g in fs][-1]
print(compose(lambda v: v + 1, lambda v: v * 3)(2))
print((lambda: (yield))().__class__.__name__ if False else "generator-lambda-skipped")
print((lambda a, b: a if a > b else b)(3, 7), (lambda *a: sum(a))(1, 2, 3), (lambda **k: len(k))(x=1, y=2))
mk = lambda k: {"double": lambda x: x * 2, "neg": lambda x: -x}[k]
print(mk("double")(21), mk("neg")(5))
print(type(lambda: 0).__name__, (lambda: 0).__name__)
x = 10
print((lambda: x)(), (lambda x: x)(20), (lambda x=x: x)())
