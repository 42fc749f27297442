for spec in ["", "s", "10", "<10", ">10", "^10", "*^9", ".2", "10.2", "^7.1s", "é>6", "0<5"]:
    print(repr(spec), repr(format("hello", spec)), repr(format("日本語", spec)))
print(repr(format("", "^3")), repr(format("ab", ".0")), repr(format("ab", ".10")))
for spec in ["d", "=5", "+", " ", "-", "#", "05", ",", "_", "x", "c", "5=", ".5f"]:
    try:
        print(repr(format("ab", spec)))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    format("ab", 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    format()
except TypeError as e:
    print(type(e).__name__, e)
class O:
    pass
try:
    format(O(), "x")
except TypeError as e:
    print(type(e).__name__, e)
print(format(O, "")[:7], format(None), format(None, ""), repr(format([1, 2], "")))
try:
    format(None, "5")
except TypeError as e:
    print(type(e).__name__, e)
