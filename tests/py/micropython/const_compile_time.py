# mprt: exp-manual
# MicroPython's const(): folded at compile time, usable without an import
X = const(123)
Y = const(X * 2 + 1)
_HIDDEN = const(7)
T = const((1, "two", b"three"))
print(X, Y, _HIDDEN, T)
print("_HIDDEN" in globals(), "X" in globals())

def f():
    return X + _HIDDEN

print(f())

class C:
    K = const(40)
    def get(self):
        return K + 2
print(C().get(), C.K)

# a tuple of constants is itself a constant
print(T is (1, "two", b"three"))

from micropython import const as c2
Z = const(1 << 10)
print(Z)
