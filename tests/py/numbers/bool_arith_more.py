# bool in arithmetic and bitwise operations
t, f = True, False
print(t + t, t - f, t * 5, t / 2, t // 1, t % 2, t ** 3, -t, +t, ~t, ~f, abs(-t))
print(t & f, t | f, t ^ t, f ^ f, t & 3, 2 | t, t << 3, 8 >> t)
print(type(t & f).__name__, type(t & 1).__name__, type(t + t).__name__, type(-t).__name__)
print(sum([t, t, f]), max(t, 0.5), min(f, -1), t == 1, f == 0, t == 1.0)
print(True > False, True >= 1, False < 0.5, sorted([t, 0, -1, f, 2]))
print(divmod(t, 2), round(t), int(t), float(f), complex(t), str(t), repr(f))
print(t.real, t.imag, t.numerator, t.denominator, t.bit_length(), t.conjugate())
print([10, 20][t], {1: "one"}[True], {True: "x", 1: "y"})
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool("0"), bool([]), bool(None), bool(0j))
try:
    t / f
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError", e)
print(True.__and__(1), True.__or__(False), True.__xor__(True), bool.__and__(True, 0))
print(hex(True), format(True, "d"), format(False, ">5"), f"{True}", "%d" % True, "%s" % False)
