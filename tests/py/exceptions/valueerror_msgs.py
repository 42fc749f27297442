# ValueError messages
cases = [
    lambda: int("abc"),
    lambda: int("12", 2),
    lambda: int("", 10),
    lambda: int("1", 1),
    lambda: float("x1"),
    lambda: [1, 2].index(5),
    lambda: (1, 2).index(5),
    lambda: "abc".index("z"),
    lambda: [].remove(0),
    lambda: "a,b".split(""),
    lambda: range(0, 5, 0),
    lambda: chr(0x110000),
    lambda: max([]),
    lambda: min(()),
    lambda: "{:d}".format(1.5),
    lambda: "{:x}".format("s"),
    lambda: bytes([300]),
    lambda: bytes.fromhex("zz"),
    lambda: 1 << -5,
    lambda: "abc".center(5, "xy"),
    lambda: int("9" * 5, 8),
    lambda: "%d %d" % (1,),
]
for c in cases:
    try:
        c()
        print("no error")
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
lst = [1, 2, 3, 4]
try:
    lst[::2] = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
