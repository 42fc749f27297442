t, f = True, False
print(t + t, t - t, t * 5, t / 2, t // 2, t % 2, -t, +t, ~t, ~f, abs(-t))
print(t + 1.5, f * 2.5, t + 1j, t ** 10, 2 ** t, f ** 0, divmod(t, 2))
print(t & t, t | f, t ^ t, type(t & t), type(t | 1), type(t ^ f), t & 3, f | 2)
print(t << 3, t >> 1, type(t << 0), t == 1, f == 0, t == 1.0, f == 0j)
print(sum([True, True, False, True]), sum([t] * 10, 0.5))
print(hash(True) == hash(1), {1: "a", True: "b"}, {0, False, 0.0})
print(int(t), float(t), complex(t), str(t), repr(f), bool(2), bool(-0.0))
print(t > f, max(t, f), min(t, 0), sorted([t, 0, f, -1, 2]))
print(t.real, t.imag, t.numerator, t.denominator, f.conjugate())
print(round(t), round(t, 2), type(round(t)), pow(t, 3, 7))
print(isinstance(t, int), type(-t), type(t + 0), type(t * 1.0))
try:
    bool.__new__(bool, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(True.__add__(1), True.__and__(False), (True).__or__(2))
