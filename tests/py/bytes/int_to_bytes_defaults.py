print((0).to_bytes(), (65).to_bytes(), (255).to_bytes(signed=False), (-1).to_bytes(signed=True), (127).to_bytes(1, signed=True))
print((1).to_bytes(4), (1).to_bytes(4, "little"), (0x1234).to_bytes(2), (0x1234).to_bytes(byteorder="little", length=2))
for call in [lambda: (256).to_bytes(), lambda: (-1).to_bytes(), lambda: (128).to_bytes(signed=True), lambda: (1).to_bytes(-1),
             lambda: (1).to_bytes(1, "big", True), lambda: (1).to_bytes(1, "BIG"), lambda: (1).to_bytes(1.0), lambda: (1).to_bytes(1, 5),
             lambda: (1).to_bytes(bogus=1), lambda: (1).to_bytes(1, byteorder="big", length=1)]:
    try:
        print(call())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(int.to_bytes(258, 2, "big"), bool.to_bytes(True), (2**64).to_bytes(9), (-(2**64)).to_bytes(9, signed=True))
class I:
    def __index__(self):
        return 3
print((5).to_bytes(I(), "big"))
