# format() builtin
print(format(5), format(5, ""), format(3.14159, ".2f"), format(255, "x"), format(255, "#010b"))
print(format("hi", ">5"), format("hi", "*^6"), format(1234567, ","), format(0.5, "%"), format(True))
print(format(None), format([1, 2]), format(1 + 2j, ".1f"))
class F:
    def __format__(self, spec):
        return "F(" + spec + ")"
print(format(F(), "abc"), format(F()), f"{F():xyz}")
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: format(1, 2))
show(lambda: format(object(), "x"))
show(lambda: format(1, "q"))
show(lambda: format("s", "d"))
show(lambda: format(1.5, "d"))
class B:
    def __format__(self, spec):
        return 1
show(lambda: format(B()))
