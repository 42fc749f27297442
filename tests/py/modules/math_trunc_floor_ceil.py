import math

for v in [2.5, -2.5, 3.0, -0.5, 1e20, -1e20, 7, -7, True, 10**30, 2.9999999]:
    print(repr(v), math.trunc(v), math.floor(v), math.ceil(v), type(math.floor(v)).__name__)
for v in [math.inf, -math.inf, math.nan]:
    for f in (math.floor, math.ceil, math.trunc):
        try:
            f(v)
        except (ValueError, OverflowError) as e:
            print(f.__name__, type(e).__name__, e)
class X:
    def __floor__(self):
        return "floor!"
    def __ceil__(self):
        return "ceil!"
    def __trunc__(self):
        return "trunc!"
print(math.floor(X()), math.ceil(X()), math.trunc(X()))
for f in (math.floor, math.ceil, math.trunc):
    try:
        f("1")
    except TypeError as e:
        print(f.__name__, "TypeError", e)
