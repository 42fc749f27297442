# exception variable scoping: `except E as name` unbinds name afterwards
e = "outer value"
try:
    raise ValueError("inner")
except ValueError as e:
    print("in handler:", e)
try:
    print(e)
except NameError:
    print("e was unbound after the handler")
def f():
    err = None
    try:
        1 / 0
    except ZeroDivisionError as exc:
        err = exc
    return type(err).__name__, "exc" in dir()
print(f())
for i in range(2):
    try:
        raise KeyError(i)
    except KeyError as k:
        last = k
print(repr(last))
