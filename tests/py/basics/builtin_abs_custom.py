# abs/neg/pos/invert dispatch to dunder methods
class N:
    def __abs__(self):
        return "abs"
    def __neg__(self):
        return "neg"
    def __pos__(self):
        return "pos"
    def __invert__(self):
        return "inv"
n = N()
print(abs(n), -n, +n, ~n)
class Sub(int):
    def __abs__(self):
        return "sub-abs"
    def __neg__(self):
        return "sub-neg"
print(abs(Sub(-3)), -Sub(3), +Sub(3), ~Sub(3), type(+Sub(3)).__name__)
class F(float):
    pass
print(abs(F(-2.5)), type(abs(F(-2.5))).__name__, -F(1.5), type(-F(1.5)).__name__)
for op in ("abs(x)", "-x", "+x", "~x"):
    for x in ("s", [1], None, 1.5, 1j):
        try:
            r = eval(op)
            print(op, repr(x), "->", r)
        except TypeError as e:
            print(op, repr(x), "TypeError", e)
