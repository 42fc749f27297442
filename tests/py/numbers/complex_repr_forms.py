vals = [1j, -1j, 0j, -0j, 1+0j, -1-0j, complex(0.0, -0.0), complex(-0.0, 0.0), complex(-0.0, -0.0),
        1.5+2.5j, 1e16j, 1e-5+1e20j, complex(float("inf"), 1), complex(1, float("nan")),
        complex(float("-inf"), float("-inf")), 3+4j, (0.1+0.2)*1j, complex(2), complex("1+2j"), complex(" -3j ")]
for v in vals:
    print(repr(v), str(v))
print([1j, 2+0j], (3j,))
print(complex(1, 2).real, complex(1, 2).imag, (3+4j).conjugate(), abs(3+4j))
print(format(1+2j), format(1.5-2j, ".2f"), "%s" % (1j,))
for bad in ("1+", "j1", "1+2i", "", "(1+2j"):
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
