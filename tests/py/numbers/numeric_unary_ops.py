for v in (0, 5, -5, 2**63, -(2**63), 10**30, 0.0, -2.5, 1+2j, True):
    print(repr(v), -v, +v, abs(v))
for v in (0, 5, -5, 2**63, -(2**63), 10**30, True, False):
    print(v, ~v, ~~v)
for v in (1.5, 1j, "x", None, [1]):
    try:
        print(~v)
    except TypeError as e:
        print(type(e).__name__, e)
for v in ("x", None, [1]):
    try:
        print(-v)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        print(abs(v))
    except TypeError as e:
        print(type(e).__name__, e)
