# __all__ naming a missing attribute
try:
    from pkg4.star_bad import *
except AttributeError as e:
    print(type(e).__name__, e)
print(ok)
