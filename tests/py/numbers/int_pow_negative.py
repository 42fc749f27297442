# integer powers with negative or large exponents
print(2 ** -1, 2 ** -2, (-2) ** -3, 10 ** -5, 1 ** -100, (-1) ** -101)
print(0 ** 0, 0 ** 5, 2 ** 0, (-3) ** 3, (-3) ** 4, 7 ** 1)
print(2 ** 100, (-2) ** 101, 3 ** 50 % 1000, len(str(7 ** 500)))
print(type(2 ** -1).__name__, type(2 ** 2).__name__, type(4 ** 0.5).__name__)
print((-8) ** (1 / 3) == complex(-8) ** (1 / 3) if False else type((-8) ** 0.5).__name__)
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: 0 ** -1)
show(lambda: 0 ** -(1 << 70))
show(lambda: 2 ** -(1 << 70))
show(lambda: 0.0 ** -2)
show(lambda: (-2) ** 0.5)
show(lambda: 2 ** "a")
show(lambda: 2.0 ** (1 << 80))
print(1 ** (1 << 80), (-1) ** (1 << 80), (-1) ** ((1 << 80) + 1), 0 ** (1 << 80))
print(pow(2, -2), pow(-2, -2), pow(2.5, 2), pow(2, 0.5))
