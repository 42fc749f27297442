def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: 1j % 1)
t(lambda: 1j.real.__class__)
t(lambda: complex(1, 2).__getnewargs__())
t(lambda: (1j).__hash__() == hash(1j))
t(lambda: repr(complex(1e16, -1e-16)))
t(lambda: repr(complex(123456789012345678, 0.1)))
t(lambda: f"{1+2j:>20}|{1.5-2.25j:.3e}|{-1j:g}")
t(lambda: format(1j, "05"))
t(lambda: format(1j, "="))
t(lambda: format(complex(-0.0, -0.0), ""))
