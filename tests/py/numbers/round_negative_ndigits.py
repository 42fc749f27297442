for n in (0, 5, 15, 25, 35, 45, 150, 250, -150, -250, 1234567, -1234567, 10**20 + 5 * 10**9):
    print(n, round(n, -1), round(n, -2), round(n, -10), round(n, 0))
for x in (1234.5678, -1234.5678, 2.5, 3.5, 0.125, 0.375, 1e20, 15.0, 25.0, 1.005):
    print(x, round(x, -1), round(x, -2), round(x, 1), round(x, 2), round(x, -400), round(x, 400))
print(type(round(15, -1)), type(round(1.5, -1)), type(round(2.5)), type(round(2.5, None)))
print(round(0.5), round(1.5), round(-0.5), round(-1.5))
print(round(5, 2), round(-5, 100), round(True, -1), round(False))
try:
    round(1.5, 1.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round("x")
except TypeError as e:
    print(type(e).__name__, e)
