# complex division, powers and mixed arithmetic
a = 3 + 4j
print(a / 2, a / 1j, a / (1 - 1j), 1 / a, a ** 2, a ** -1, a ** 0, a ** 0.5)
print(a * 2.5, 2.5 * a, a + True, a - 1, 1 - a, -a * 1j, a == 3 + 4j, a != 3)
print((1j) ** 2, (1j) ** 3, (1j) ** 4, (-1) ** 0.5, (2 + 0j) ** 2, 1j ** 1j)
print(abs(a), abs(-a), abs(1j), abs(complex(0, 0)), (a * a.conjugate()).real)
print(complex(1e300, 1e300) * 0, complex(0, 0) ** 0, 0j ** 1)
print(pow(a, 2), pow(1j, 2), pow(2, 1j) == 2 ** 1j)
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: a / 0)
show(lambda: a / 0j)
show(lambda: 0j ** -1)
show(lambda: 0j ** 1j)
show(lambda: pow(a, 2, 3))
show(lambda: a < a)
show(lambda: a % 2)
show(lambda: divmod(a, 2))
show(lambda: complex(10 ** 400))
