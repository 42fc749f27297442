# round with ndigits, banker's rounding
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.5))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 0)).__name__)
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(123.456, -1), round(123.456, -2), round(153, -2), round(150, -2), round(250, -2), round(-250, -2))
print(round(1234, -5), round(15, -1), round(25, -1), round(7, 3), round(-7, -1))
print(round(1e300, 2), round(1.23456789, 5), round(-0.0), round(-0.4), round(0.0, 3))
print(round(5, None), round(5.5, None), round(True), round(1 << 70, -20))
print(round(float("inf"), 2), round(float("nan"), 1))
def show(f):
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__, ex)
show(lambda: round(float("inf")))
show(lambda: round(float("nan")))
show(lambda: round(1.5, 1.0))
show(lambda: round("1"))
show(lambda: round())
show(lambda: round(1, 2, 3))
show(lambda: round(1.0, "x"))
show(lambda: round(number=2.5, ndigits=0))
class R:
    def __round__(self, n=None):
        return ("round", n)
print(round(R()), round(R(), 3))
