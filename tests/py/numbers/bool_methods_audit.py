# bool behaves as an int subclass everywhere
print(True + True, True * 3, -True, ~True, ~False, True << 3, True / 2, True // 2, True % 2, True ** 10)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True | 0).__name__, type(True + 0).__name__)
print(repr(True), str(False), format(True), format(True, "d"), format(False, "^7"), f"{True!r:>6}", "%s %d %r" % (True, True, False))
print(True.real, True.imag, True.numerator, True.denominator, True.bit_length(), True.conjugate(), type(True.conjugate()).__name__)
print(True.to_bytes(2, "big"), bool.from_bytes(b"\x00\x02", "big"), type(bool.from_bytes(b"\x01")).__name__)
print(int(True), float(False), complex(True), abs(True), divmod(True, 2), round(True), hash(True), hash(False))
print(bool(), bool(0.0), bool(""), bool([0]), bool(None), bool(range(0)), bool(-0.0j), bool(bytearray()))
print(True == 1, isinstance(True, int), issubclass(bool, int), bool.__mro__)
print({True: "a", 1: "b", 1.0: "c"}, {0, False, 0.0})
print(sum([True, True, False]), max(True, 2), sorted([True, False, 0, 1]))
print(True.__and__(1), True.__and__(True), True.__or__(2), True.__xor__(False), True.__rand__(0))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: bool(1, 2))
t(lambda: bool(x=1))
t(lambda: type("B", (bool,), {}))
t(lambda: True / False)
t(lambda: bool.__new__(bool, 5))
t(lambda: bool.__new__(int, 5))
class Weird:
    def __bool__(self):
        return 1
t(lambda: bool(Weird()))
class L:
    def __len__(self):
        return -1
t(lambda: bool(L()))
