# abs and divmod
print(abs(-5), abs(5), abs(-0.0), abs(-2.5), abs(3 + 4j), abs(True), abs(False), abs(-(1 << 70)))
print(abs(float("-inf")), abs(-9223372036854775808))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(0, 5))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 2.5), divmod(-0.0, 1), divmod(1, -0.5))
print(divmod(1 << 70, 3), divmod(-(1 << 70), 7), divmod(True, 2))
print(divmod(float("inf"), 1), divmod(5, float("inf")), divmod(-5, float("inf")))
def show(f):
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__, ex)
show(lambda: divmod(1, 0))
show(lambda: divmod(1.0, 0))
show(lambda: divmod(1, 0.0))
show(lambda: divmod(1j, 1))
show(lambda: divmod("a", 1))
show(lambda: divmod(1))
show(lambda: divmod(1, 2, 3))
show(lambda: abs("x"))
show(lambda: abs())
show(lambda: abs(1, 2))
show(lambda: abs(None))
class A:
    def __abs__(self):
        return "absolute"
    def __divmod__(self, o):
        return ("dm", o)
    def __rdivmod__(self, o):
        return ("rdm", o)
print(abs(A()), divmod(A(), 3), divmod(3, A()))
