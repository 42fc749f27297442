# math: wrong argument counts and non-numeric arguments for every function
import math
names = sorted(n for n in dir(math) if not n.startswith("_") and callable(getattr(math, n)))
for n in names:
    f = getattr(math, n)
    res = []
    for args in [(), (1, 2, 3, 4), ("x",), (None,)]:
        try:
            r = f(*args)
            res.append(repr(r))
        except Exception as e:
            res.append("%s: %s" % (type(e).__name__, e))
    print(n, "|", " | ".join(res))
