# divmod/abs across numeric types and error messages
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (7, 0.5), (2**70, 3), (-2**70, 7), (True, 2), (0, 5), (1e308, 1e-308)]:
    print(a, b, divmod(a, b))
print(abs(-5), abs(-5.5), abs(-0.0), abs(3 - 4j), abs(True), abs(-2**70), abs(float("-inf")), abs(float("nan")))
def t(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: divmod(1, 0))
t(lambda: divmod(1.0, 0))
t(lambda: divmod(1, 0.0))
t(lambda: divmod(1j, 1))
t(lambda: divmod("a", 1))
t(lambda: divmod(1, "a"))
t(lambda: divmod(1))
t(lambda: divmod(1, 2, 3))
t(lambda: abs("a"))
t(lambda: abs())
t(lambda: abs(None))
t(lambda: abs([-1]))
class N:
    def __abs__(self):
        return "abs!"
    def __divmod__(self, o):
        return ("dm", o)
    def __rdivmod__(self, o):
        return ("rdm", o)
print(abs(N()), divmod(N(), 3), divmod(3, N()))
print(divmod(float("inf"), 3), divmod(-3, float("inf")), divmod(3, float("-inf")))
