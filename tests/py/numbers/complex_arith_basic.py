# complex construction, arithmetic, attributes
z = complex(1, 2)
w = 3 - 4j
print(z, w, z + w, z - w, z * w, z / w, -z, +z, abs(w))
print(z.real, z.imag, z.conjugate(), type(z.real).__name__)
print(complex(), complex(5), complex(1.5), complex("1+2j"), complex(" 3j "), complex("-1.5-2.5j"), complex("4"))
print(complex(1j, 1j), complex(2, 1j), complex(real=1, imag=2), complex(True))
print(1j * 1j, (1 + 1j) ** 2, 2 ** 1j == complex(2) ** 1j, (1 + 2j) == complex(1, 2), 1 + 0j == 1)
print(repr(1j), repr(-1j), repr(0j), repr(complex(-0.0, -0.0)), repr(complex(1e20, 1e-20)), repr(complex("inf+nanj")))
print(hash(1 + 0j) == hash(1), hash(complex(2.5, 0)) == hash(2.5))
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: 1j / 0)
show(lambda: 1j // 1)
show(lambda: 1j % 1)
show(lambda: 1j < 2j)
show(lambda: complex("1+2"))
show(lambda: complex("j1"))
show(lambda: complex("1", 2))
show(lambda: complex(1, "2"))
show(lambda: complex(None))
show(lambda: int(1j))
show(lambda: float(1 + 0j))
show(lambda: 0j ** -1)
print(0j ** 0, 1j ** 2, (2 + 0j) ** 0.5)
print(complex.__add__(1j, 1), complex.__radd__(1j, 2), complex.__eq__(1j, "x"))
