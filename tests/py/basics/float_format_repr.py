# float repr/str round-trip formatting
vals = [0.0, -0.0, 1.0, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e-7, 1e-4, 0.001, 123456.789, 1e15, 1e16, 1e17,
        12345678912345.678, 1.5e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 3.141592653589793,
        100.0, 1234.5, 0.5, 1e22, 1e23, 9007199254740993.0, 0.1 + 0.7, 4.35, 2.675]
for v in vals:
    print(repr(v), str(v), float(repr(v)) == v)
print(float("1e500"), float("-1e500"), float("1e-500"))
print(float("infinity"), float("-Infinity"), float("nan"), float("+inf"))
print(1.0 / 3 * 3 == 1.0, 0.1 * 3 == 0.3, round(0.1 * 3, 10) == 0.3)
print([round(x * 0.1, 1) for x in range(10)])
print(float.fromhex("0x1.8p1") if hasattr(float, "fromhex") else 3.0)
print(-1.5e-10, 1.0e10, 1e100, 123e-2)
