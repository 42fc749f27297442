# bitwise operations on negative and large integers
vals = [0, 1, -1, 5, -5, 255, -256, 2 ** 40, -(2 ** 40), 2 ** 70 + 3, -(2 ** 70) - 3]
for a in vals:
    print(a, a & 0xFF, a | 0x100, a ^ -1, ~a, a >> 4, a << 4, a & (2 ** 64 - 1))
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (2 ** 65, -1), (-(2 ** 65), 2 ** 64 + 1)]:
    print(a, b, a & b, a | b, a ^ b)
print(1 << 64 >> 64, -1 << 100 >> 99, (-(2 ** 100)) >> 200, (2 ** 100) >> 200)
x = 0
for i in range(0, 80, 7):
    x |= 1 << i
print(x, bin(x).count("1"), x.bit_length())
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(v) for v in [0, 1, 255, 2 ** 64 - 1, 12345678901234567890]])
mask = (1 << 32) - 1
h = 0
for ch in "hash me":
    h = ((h * 31) + ord(ch)) & mask
print(h, hex(h))
try:
    1 >> -1
except ValueError as e:
    print("ValueError", e)
try:
    1.0 & 1
except TypeError as e:
    print("TypeError", e)
