# __index__, __int__, __float__ and numeric coercion in builtins
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
data = list(range(10))
print(data[I(3)], data[I(-1)], data[I(2):I(5)], "abcdef"[I(1)], range(I(4))[-1], bin(I(5)), hex(I(255)), oct(I(8)))
print([0] * I(3), "ab" * I(2), bytes(I(2)), (1, 2, 3)[I(0)])
class F:
    def __float__(self):
        return 2.5
class N:
    def __int__(self):
        return 7
print(float(F()), int(N()))
import math
print(math.sqrt(F()) == 2.5 ** 0.5, math.floor(F()))
class Both:
    def __index__(self):
        return 3
    def __int__(self):
        return 4
print(int(Both()), [9, 8, 7, 6][Both()], "{:d}".format(Both()) if False else 3)
try:
    [1, 2][F()]
except TypeError as e:
    print("TypeError", e)
try:
    range(F())
except TypeError as e:
    print("TypeError", e)
class Round:
    def __round__(self, n=None):
        return "rounded %r" % (n,)
print(round(Round()), round(Round(), 2))
class Abs:
    def __abs__(self):
        return "absolute"
print(abs(Abs()))
