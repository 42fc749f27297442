import sys as _sys
x = 1
_y = 2
def f():
    return "f"
class C:
    pass
