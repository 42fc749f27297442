# int / int is correctly rounded even for huge operands
print(1 / 3, 2 / 3, 10 / 4, -7 / 2, 7 / -2, 0 / 5, -0 / 5)
print((10 ** 30) / (10 ** 10), (2 ** 100) / (2 ** 50), (3 ** 200) / (3 ** 199))
print((10 ** 400) / (10 ** 399), (1 << 2000) / (1 << 1999), -(10 ** 500) / 10 ** 499)
print((2 ** 53 + 1) / 1, (2 ** 54 + 3) / 2, 1 / (10 ** 400))
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: (10 ** 400) / 1)
show(lambda: 1 / 0)
show(lambda: (10 ** 400) / (10 ** -1 if False else 0))
show(lambda: 10 ** 400 / 1.0)
show(lambda: 1.0 / 10 ** 400)
show(lambda: 10 ** 400 * 1.0)
show(lambda: float(10 ** 400))
show(lambda: 10 ** 400 + 0.5)
print(True / 2, 5 / True, 3 // 2.0, 2 ** -1, (-2) ** -2, 4 ** 0.5)
