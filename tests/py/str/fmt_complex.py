for z in [1 + 2j, -1.5 - 0.5j, 3j, -0j, complex(1e20, -1e-20), complex(float("inf"), float("nan"))]:
    print(repr(format(z, "")), repr(format(z, ".2f")), repr(format(z, "e")), repr(format(z, "g")), repr(format(z, "^30")), repr(format(z, "+.1f")), repr(format(z, ">20.3")))
print(repr(format(1 + 2j, "*<20")), repr(format(2j, "")), repr(format(complex(0, 0), ".0f")), repr(format(1.25 + 2.75j, ".1f")))
