# int() from various objects and the error messages
print(int(), int(True), int(-3.99), int(3.99), int(1e20), int("  -12 "), int(-0.0))
class I:
    def __index__(self):
        return 7
class N:
    def __int__(self):
        return 9
print(int(I()), int(N()))
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: int(None))
show(lambda: int([1]))
show(lambda: int(1j))
show(lambda: int(float("inf")))
show(lambda: int(float("-inf")))
show(lambda: int(float("nan")))
show(lambda: int("1.5"))
show(lambda: int("1e3"))
show(lambda: int("abc"))
show(lambda: int("٣"))
show(lambda: int("١٢", 16))
show(lambda: float("٣.٥"))
show(lambda: int("٣x"))
show(lambda: int("12", base=None))
show(lambda: int(x=1))
show(lambda: int("1", 2, 3))
class BadInt:
    def __int__(self):
        return "x"
show(lambda: int(BadInt()))
class BadIndex:
    def __index__(self):
        return 1.5
show(lambda: int(BadIndex()))
print(int("123456789" * 4) % 1000)
