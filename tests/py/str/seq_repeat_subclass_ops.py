class S(str):
    pass
class B(bytes):
    pass
class BA(bytearray):
    pass
class L(list):
    pass
for x in [S("a"), B(b"a"), BA(b"a"), L([1])]:
    for v in [2.0, "s", None, S("q")]:
        for expr in ["x * v", "v * x"]:
            try:
                r = eval(expr)
                print(type(x).__name__, expr, repr(r))
            except TypeError as e:
                print(type(x).__name__, expr, type(e).__name__, e)
    y = x
    try:
        y *= 1.5
    except TypeError as e:
        print(type(e).__name__, e)
    print(repr(x * 2), repr(2 * x), type(x * 2).__name__)
class Custom(str):
    def __mul__(self, o):
        return "mul:" + repr(o)
    def __rmul__(self, o):
        return "rmul:" + repr(o)
c = Custom("c")
print(c * 2.5, 2.5 * c, c * "z", "z" * c, c * 3)
class I:
    def __index__(self):
        return 2
print(S("ab") * I(), I() * B(b"x"), BA(b"y") * I(), str.__mul__("k", I()))
