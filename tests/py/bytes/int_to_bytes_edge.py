for n in [-1, -2, 0, 1]:
    for ln in [0, 1]:
        for signed in [True, False]:
            try:
                print(n, ln, signed, n.to_bytes(ln, "big", signed=signed))
            except OverflowError as e:
                print(n, ln, signed, type(e).__name__, e)
print(int.from_bytes(b"", "big", signed=True), int.from_bytes(b"\xff", "little", signed=True), int.from_bytes(b"\x00\xff", "big", signed=True))
for n in [2**8 - 1, 2**8, 2**15 - 1, 2**15, -(2**15), -(2**15) - 1]:
    for ln in [1, 2]:
        try:
            print(n, ln, n.to_bytes(ln, "little", signed=True).hex())
        except OverflowError as e:
            print(n, ln, type(e).__name__, e)
