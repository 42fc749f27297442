# int() construction from many sources
print(int(), int(0), int(-5), int(True), int(False))
print(int(3.99), int(-3.99), int(1e20), int(-0.0), int(2.5e-10))
print(int("  42  "), int("-17"), int("+8"), int("1_000_000"), int("0"), int("000"))
print(int(b"12"), int(b"-7"))
class Idx:
    def __index__(self):
        return 9
class Intish:
    def __int__(self):
        return 11
class Trunc:
    def __trunc__(self):
        return 13
print(int(Idx()), int(Intish()))
for bad in ["", " ", "1.5", "abc", "1__0", "_1", "1_", "0x10", "++1", "1 2"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError", e)
for bad in [None, [], {}, 1j]:
    try:
        int(bad)
    except TypeError as e:
        print("TypeError", e)
for f in [float("inf"), float("-inf"), float("nan")]:
    try:
        int(f)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
class BadInt:
    def __int__(self):
        return "x"
try:
    int(BadInt())
except TypeError as e:
    print("TypeError", e)
print(int(x=5) if False else "skip")
print(type(int("5")), type(int(2**70 * 1.0)))
