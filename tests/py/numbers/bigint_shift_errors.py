print(1 << 200, -1 << 100, (10**40) >> 100, (-(10**40)) >> 100, (-1) >> 1000)
print(5 >> 64, -5 >> 64, 1 >> 10**20 if False else 0, 0 << 1000)
print((2**200) >> 199, (-(2**200)) >> 199, -(2**200 + 1) >> 200)
for a, b in [(1, -1), (10**30, -5), (1, -(10**30)), (-1, -1)]:
    for op in ("<<", ">>"):
        try:
            print(eval("a %s b" % op))
        except ValueError as e:
            print(op, type(e).__name__, e)
try:
    1 << 1.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    1.0 >> 1
except TypeError as e:
    print(type(e).__name__, e)
print(0 >> 10**30, 0 << 10**30 if False else 0, 7 >> 10**30, -7 >> 10**30)
