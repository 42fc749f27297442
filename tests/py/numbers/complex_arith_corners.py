a = 3 + 4j
b = 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a)
print(a + 1, 1 + a, a * 2.5, 2.5 * a, a / 2, 2 / a, a - True)
print(a ** 2, a ** 0, a ** -1, (1j) ** 2, 1j ** 1j if False else 0, (2+0j) ** 3)
print(a == 3 + 4j, a != b, (1 + 0j) == 1, (1 + 0j) == 1.0, 1j == 1)
print(abs(1j), abs(-5 + 0j), abs(complex(float("inf"), 1)))
print(hash(1 + 0j) == hash(1), hash(2.0 + 0j) == hash(2))
for op in (lambda: a < b, lambda: a // b, lambda: a % b, lambda: divmod(a, b), lambda: int(a), lambda: float(a), lambda: round(a)):
    try:
        print(op())
    except TypeError as e:
        print(type(e).__name__, e)
print(bool(0j), bool(1j), bool(complex(0, -0.0)))
print(complex(1, 2) * complex(float("inf"), 0))
print(0j ** 0, 0j ** 2)
try:
    print(0j ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(0j ** 1j)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
