from functools import partial

def f(a, b, c=3, *, d=4):
    return (a, b, c, d)

p = partial(f, 1, d=5)
print(p(2), p(2, 9), p(2, d=0), p.args, p.keywords, p.func is f)
q = partial(p, 2)
print(q(), q.args, q.keywords, q.func is f)
r = partial(q, c=7, d=8)
print(r(), r.keywords, r.args)
print(repr(partial(max, 1, key=abs)))
print(repr(partial(max)))
try:
    partial()
except TypeError as e:
    print("TypeError", e)
try:
    partial(5)
except TypeError as e:
    print("TypeError", e)
e = partial(f)
print(e(1, 2), e.args, e.keywords)
p.attr = 1
print(p.attr)
print(partial(int, base=2)("101"))
