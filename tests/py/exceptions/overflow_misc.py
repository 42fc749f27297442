# OverflowError, RecursionError-free limits, misc runtime errors
import math
for f in [lambda: math.exp(1000), lambda: 10.0 ** 400, lambda: float(10 ** 400), lambda: int(float("inf")), lambda: math.ldexp(1.0, 5000)]:
    try:
        f()
        print("no error")
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    (10 ** 400) / 1
except OverflowError as e:
    print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    next(iter([]))
except StopIteration as e:
    print(type(e).__name__, repr(e.value))
d = {1: 2}
try:
    for k in d:
        d[k + 1] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1}
try:
    for k in s:
        s.add(k + 1)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    raise NotImplementedError
except NotImplementedError as e:
    print(type(e).__name__, repr(e))
try:
    raise RuntimeError("custom runtime")
except RuntimeError as e:
    print(type(e).__name__, e)
