# complex numbers
z = complex(3, 4)
w = 1 - 2j
print(z, w, z.real, z.imag, abs(z), z.conjugate())
print(z + w, z - w, z * w, z / w, -z, z == 3 + 4j, z != w)
print(1j * 1j, (1 + 1j) ** 2, 2 * z, z + 1, 1.5 + z)
print(repr(1j), repr(-1j), repr(complex(0, 0)), repr(complex(1.5, -0.5)), complex("1+2j"))
print(type(z).__name__, isinstance(z, complex), complex(2), complex(2.5, 0) == 2.5)
try:
    z < w
except TypeError as e:
    print("TypeError", e)
try:
    z / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
