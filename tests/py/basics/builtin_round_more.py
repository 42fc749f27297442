# round() with ints, floats, negative ndigits and bankers rounding
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 0.4999, 1.0000001, 1234.5678, -1234.5678]:
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1), round(v, -2))
for n in [0, 5, 15, 25, 125, -125, 1234567, 10 ** 20 + 5]:
    print(n, round(n), round(n, 1), round(n, -1), round(n, -2), round(n, -3))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 2)).__name__, round(2.5, 0), round(2.5, None))
print(round(0.1 + 0.2, 15), round(1e-300, 300) if False else 0.0, round(123.456, 10), round(-0.0), round(-0.4))
