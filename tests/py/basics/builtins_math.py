# numeric builtins
print(abs(-3), abs(3.5), abs(-0.0), abs(True))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5))
print(pow(2, 8), pow(2, -1), pow(2.0, 3), pow(5, 3, 7), pow(-2, 3), pow(0, 0))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2, -1, 5.0)
except TypeError as e:
    print("TypeError", e)
print(round(3.14159, 2), round(2.5), round(-0.5), round(1234, -2), round(5.5), round(6.5), round(0.125, 2))
print(max(1, 5, 3), max([4, 2]), max("abc"), max([], default="empty"), max([1, -5], key=abs))
print(min(1, 5, 3), min([4, 2]), min("abc"), min([], default=None), min(["bb", "a", "ccc"], key=len))
try:
    max([])
except ValueError as e:
    print("ValueError", e)
try:
    min()
except TypeError as e:
    print("TypeError", e)
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum(()), sum([0.5, 0.25]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError", e)
print(bin(10), bin(-10), bin(0), oct(64), oct(-8), hex(255), hex(-1), hex(0))
print(int("1010", 2), int("-ff", 16), int("777", 8), int("0o17", 0), int(" 42 "))
print(chr(97), ord("a"), chr(8364), ord("€"))
try:
    chr(-1)
except ValueError as e:
    print("ValueError", e)
print(max(3, 3.0), min(0, False), max([1, 2], [1, 3]))
print(float(7), int(7.9), int(-7.9), bool(7), complex(1, 2) if False else "no-complex")
class Idx:
    def __index__(self):
        return 5
print(bin(Idx()), hex(Idx()), [0, 1, 2, 3, 4, 5, 6][Idx()], range(10)[Idx()])
print(round(-2.675, 2), round(1e15 + 0.5), round(7.0), type(round(7.0)).__name__)
