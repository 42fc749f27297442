# float() from strings and other objects
for s in ["1.5", "  -2.25  ", "1e3", "1E-3", ".5", "5.", "+.5e+2", "1_000.5", "inf", "-Infinity", "nan", "  NaN ", "1e400", "-1e400", "1e-400", "0x10" * 0 + "12"]:
    print(repr(s), float(s))
for s in ["", "abc", "1..2", "1e", "e5", "1_", "_1", "1__0", "- 1", "0x10", "infinit", "1.5j"]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError", e)
print(float(b"2.5"), float(b" 3 "), float(10), float(-0), float(True), float(2**60))
class F:
    def __float__(self):
        return 4.5
class I:
    def __index__(self):
        return 7
print(float(F()), float(I()), float())
for bad in [None, [], 1j]:
    try:
        float(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError", e)
class BadF:
    def __float__(self):
        return 1
try:
    float(BadF())
except TypeError as e:
    print("TypeError", e)
