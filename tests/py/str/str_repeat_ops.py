print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, "" * 100, "x" * True)
s = "ab"
s *= 2
print(s)
class I:
    def __index__(self):
        return 2
print("xy" * I(), I() * "z")
for bad in [1.5, "2", None]:
    try:
        print("ab" * bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print("ab" * (2 ** 100))
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
for bad in [1, None, b"x", ["x"]]:
    try:
        print("ab" + bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print(1 + "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a" - "a")
except TypeError as e:
    print(type(e).__name__, e)
