cases = [
    lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0),
    lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0.0, lambda: divmod(1.0, 0),
    lambda: 1 / 0.0, lambda: 10**30 / 0, lambda: 10**30 // 0, lambda: 10**30 % 0,
    lambda: 1j / 0, lambda: 1 / 0j, lambda: (1+2j) / (0+0j),
    lambda: 0 ** -1, lambda: 0.0 ** -1, lambda: 0.0 ** -1.5,
    lambda: pow(0, -2), lambda: True / False, lambda: 5 % False,
]
for i, f in enumerate(cases):
    try:
        print(i, f())
    except ZeroDivisionError as e:
        print(i, type(e).__name__, e)
