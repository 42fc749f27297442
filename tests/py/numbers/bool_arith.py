# bool arithmetic
print(True + True, True - False, True * 10, True / 2, True // 2, True % 2, True ** 2, -True, +True, ~True, ~False)
print(True & True, True & False, True | False, False | False, True ^ True, True ^ False)
print(type(True & True).__name__, type(True | 0).__name__, type(1 & True).__name__, type(True + False).__name__)
print(True & 3, 2 | True, True ^ 3, True << 3, True >> 1)
print(bool.__and__(True, False), bool.__or__(False, True), bool.__xor__(True, True), bool.__and__(True, 3), bool.__rand__(True, 3))
print(int.__and__(True, True), type(int.__and__(True, True)).__name__)
x = True
x &= False
print(x, type(x).__name__)
y = False
y |= True
print(y)
y ^= True
print(y)
print(True == 1, False == 0, True is True, hash(True), hash(False), True < 2, sum([True, True, False]))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(0.1), bool(0j), bool(1j), bool(2**100), bool(""), bool(None))
print(str(True), repr(False), int(True), float(True), complex(True), True.real, True.imag, True.numerator, True.denominator)
print(True.bit_length(), True.conjugate(), True.as_integer_ratio(), (True).to_bytes(1, "big"))
print(max(True, 0), min(False, -1), abs(True), divmod(True, 2), pow(True, 5), round(True))
print(isinstance(True, int), issubclass(bool, int), bool.__mro__)
