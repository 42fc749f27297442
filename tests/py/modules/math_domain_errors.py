import math

cases = [("sqrt", (-1,)), ("log", (0,)), ("log", (-1,)), ("log", (10, 1)), ("log", (10, 0)),
         ("log2", (0,)), ("log10", (-5,)), ("log1p", (-1,)), ("acos", (2,)), ("asin", (-1.5,)),
         ("acosh", (0.5,)), ("atanh", (1,)), ("pow", (0, -1)), ("pow", (-8, 1 / 3)),
         ("fmod", (1, 0)), ("fmod", (math.inf, 1)), ("remainder", (1, 0)), ("sin", (math.inf,)),
         ("cos", (-math.inf,)), ("tan", (math.inf,)), ("gamma", (0,)), ("gamma", (-2,)),
         ("lgamma", (-1,)), ("exp", (1000,)), ("cosh", (1000,)), ("ldexp", (1.0, 5000)),
         ("pow", (10.0, 400)), ("sqrt", ("x",)), ("log", ("x",)), ("sqrt", (-0.0,)), ("log", (-math.inf,))]
for name, args in cases:
    try:
        print(name, args, getattr(math, name)(*args))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(name, args, type(e).__name__, e)
