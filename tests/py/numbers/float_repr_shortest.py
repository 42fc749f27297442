# float repr: shortest round-tripping, exponent switch points
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.0001234,
        1.5e-7, 5e-324, 1.7976931348623157e308, 2.0 ** 53, 2.0 ** 53 + 2, 100.0, 1e22, 1e23,
        -0.0, 0.0, -1.5, 3.14159, 9.999999999999999e15, 1.0000000000000002, 0.30000000000000004]
for v in vals:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"), repr(-float("nan")))
print(1e16 == 10 ** 16, float(10 ** 16), float(2 ** 63), float(-2 ** 63))
print([0.5, 1.25, 1e100], (1e-10,), {1.0: 2e-20})
print(str(1.0), str(10.0), str(1e5), str(12345678.9), str(1.1e17))
print(float.__repr__(2.5), 2.5.__str__())
