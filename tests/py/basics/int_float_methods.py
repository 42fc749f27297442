# methods and attributes of int and float
for n in [0, 1, -1, 255, -256, 2 ** 64, -(2 ** 100)]:
    print(n, n.bit_length(), n.real, n.imag, n.numerator, n.denominator, n.conjugate())
for n, length in [(0, 1), (1, 2), (65535, 2), (2 ** 64 - 1, 8)]:
    print(n.to_bytes(length, "little"), n.to_bytes(length, "big"), int.from_bytes(n.to_bytes(length, "little"), "little") == n)
for n in [-1, -128, 127, -32768]:
    b = n.to_bytes(2, "little", signed=True)
    print(n, b, int.from_bytes(b, "little", signed=True), int.from_bytes(b, "little"))
for f in [0.0, 1.0, 1.5, -2.25, 0.1, 1e100]:
    print(f, f.is_integer(), f.real, f.imag, f.conjugate(), f.as_integer_ratio())
try:
    (1.0).as_integer_ratio.__call__(1)
except TypeError as e:
    print("TypeError")
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError", e)
print(int.from_bytes(b"", "big"), int.from_bytes(bytearray(b"\x01\x02"), "big"), int.from_bytes([1, 0], "little"))
