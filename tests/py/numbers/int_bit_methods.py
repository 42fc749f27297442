for n in (0, 1, -1, 7, -8, 255, 256, 2**31, -2**31, 2**63 - 1, -2**63, 2**64, 10**50, -(10**50)):
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio())
print(True.bit_length(), False.bit_count(), True.as_integer_ratio())
r = (5).as_integer_ratio()
print(type(r[0]), type(r[1]))
try:
    (5).bit_length(1)
except TypeError as e:
    print(type(e).__name__, e)
print(int.bit_length(1023), int.bit_count(-1023))
print((12).numerator, (12).denominator, (12).real, (12).imag, (12).conjugate())
print((2**100).numerator == 2**100, (-(2**100)).conjugate())
