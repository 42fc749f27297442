for n in [0, 1, 255, 256, 65535, 2**64 - 1, 2**100]:
    print(n, n.to_bytes(n.bit_length() // 8 + 1, "big"), n.to_bytes(16, "little"), n.to_bytes((n.bit_length() + 7) // 8 or 1, byteorder="big"))
for n in [-1, -128, -129, 127, 128, -(2**63)]:
    print(n, n.to_bytes(8, "big", signed=True), n.to_bytes(2, "little", signed=True) if -32768 <= n < 32768 else "-")
print((5).to_bytes(), (255).to_bytes(), (1).to_bytes(length=2), (258).to_bytes(2, byteorder="little"))
for args, kw in [((1, "big"), {}), ((1, "middle"), {}), ((-1, "big"), {}), ((1, "big"), {}), (("1", "big"), {})]:
    try:
        print((256).to_bytes(*args, **kw))
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
for n, ln, signed in [(-1, 1, False), (128, 1, True), (-129, 1, True), (256, 1, False), (0, 0, False), (1, 0, False)]:
    try:
        print(n.to_bytes(ln, "big", signed=signed))
    except OverflowError as e:
        print(type(e).__name__, e)
print(True.to_bytes(2, "big"), (0).to_bytes(0, "little"))
