# arbitrary precision integers
a = 2 ** 64
b = 3 ** 50
print(a, b)
print(a + 1, a - 1, -a, a * a)
print(b // a, b % a, divmod(b, a))
print(-b // a, -b % a, divmod(-b, a))
print(b // -a, b % -a)
print(a == 18446744073709551616, a > b, a < b)
print(2 ** 100 - 2 ** 99 == 2 ** 99)
print(1 << 200)
print((1 << 200) >> 190)
print(-(1 << 100) >> 90)
print((2 ** 100) & (2 ** 100 - 1), (2 ** 100) | 1, (2 ** 100) ^ (2 ** 99))
print(-(2 ** 70) & 0xFFFF, -(2 ** 70) | 5)
print(~(2 ** 80))
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(str(f)[:10], len(str(f)))
print(int("123456789012345678901234567890") * 10)
print(int("-99999999999999999999999") - 1)
print(hex(2 ** 70), oct(2 ** 70), bin(2 ** 70))
print(pow(2, 200, 10 ** 9 + 7))
print(abs(-(10 ** 30)))
print(10 ** 30 // 7, 10 ** 30 % 7)
print(float(2 ** 60), int(float(2 ** 60)))
print(2 ** 64 == 2.0 ** 64, 2 ** 64 + 1 == 2.0 ** 64)
print((10 ** 20) / (10 ** 10))
print(sum(range(10 ** 6, 10 ** 6 + 1000)) * 10 ** 15)
x = 1
for i in range(70):
    x = x * 3 + 1
print(x, x.bit_length())
print(max(2 ** 65, 2 ** 64 * 2 - 1), min(-2 ** 65, 0))
print(sorted([2 ** 70, -3, 2 ** 64, 0, -2 ** 80]))
print(round(123456789123456789, -5))
print(int.from_bytes(b"\x01\x00\x00\x00\x00\x00\x00\x00\x00", "big"))
print((2 ** 72).to_bytes(10, "big"))
