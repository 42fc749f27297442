# len overflow, repr, equality, hash, attributes
print(repr(range(5)), repr(range(1, 5)), repr(range(1, 5, 2)), repr(range(5, 1, -1)), str(range(0)))
print(len(range(10)), len(range(10, 0)), len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(-5)))
big = range(-(1 << 62) * 2, (1 << 62) * 2 - 1)
try:
    len(big)
except OverflowError as e:
    print("OverflowError", e)
print(big[-1] == (1 << 63) - 2, big[0], bool(big), bool(range(0)), len(big[::4]))
print(range(0) == range(5, 2), range(0, 3) == range(3), range(1, 10, 3) == range(1, 9, 3))
print(range(0, 1, 5) == range(0, 1, 7), range(2) == [0, 1], range(2) != range(3))
print(hash(range(0)) == hash(range(4, 1)), hash(range(1, 10, 3)) == hash(range(1, 9, 3)))
r = range(2, 30, 4)
print(r.start, r.stop, r.step, range(4).start, range(4).step)
print({range(3): "x"}[range(0, 3)])
for bad in [(1, 2, 0), ("a",), (1.0,), (1, 2, 3, 4), ()]:
    try:
        range(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    range(3) < range(4)
except TypeError as e:
    print("TypeError", e)
class I:
    def __index__(self):
        return 4
print(range(I()), range(I(), 10, I()))
try:
    r.start = 5
except AttributeError as e:
    print("AttributeError")
