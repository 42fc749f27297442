print(complex(), complex(1), complex(1.5, -2), complex(1j, 1j), complex(1+2j, 3), complex(True, False))
print(complex(real=1, imag=2), complex(imag=3), complex("1e3-2.5e-1j"), complex("(1+1j)"), complex("-inf+nanj"))
class C:
    def __complex__(self):
        return 2 + 3j
print(complex(C()))
class F:
    def __float__(self):
        return 1.5
print(complex(F()), complex(F(), F()))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: complex("1", "2"))
t(lambda: complex([1]))
t(lambda: complex(1, None))
t(lambda: complex(1, 2, 3))
t(lambda: complex(foo=1))
t(lambda: complex("1 + 2j"))
t(lambda: complex("j"))
t(lambda: complex("1e500j"))
