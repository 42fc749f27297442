# mprt: exp-manual
# @micropython.native / @micropython.viper style decorators must at least exist
# and leave the function callable (MicroPython-specific; .exp is hand-written)
import micropython
@micropython.native
def add(a, b):
    return a + b
print(add(2, 3))
print(callable(micropython.native))
