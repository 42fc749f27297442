print(pow(3, 200, 10**9 + 7), pow(2, 10**4, 97), pow(-3, 101, 1000))
print(pow(3, 200, -7), pow(-3, 201, -7), pow(10**30, 10**3, 10**20 + 39))
print(pow(3, -1, 7), pow(2, -3, 11), pow(10**25, -1, 10**9 + 7))
print(pow(5, 0, 1), pow(5, 0, -1), pow(0, 0, 7))
for args in [(2, -1, 4), (2, 3, 0), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), (0, -1, 5)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(args, type(e).__name__, e)
print(pow(2, 200), (-2) ** 201, pow(-10**20, 3))
print(2 ** -2, (-2) ** -3, pow(10**20, -1))
