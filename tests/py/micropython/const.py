# mprt: exp-manual
# micropython.const(): compile-time constants (MicroPython-specific; .exp is hand-written)
from micropython import const
X = const(10)
_Y = const(X * 2 + 1)
print(X, _Y)
import micropython
print(micropython.const(123))
def f():
    return X + _Y
print(f())
