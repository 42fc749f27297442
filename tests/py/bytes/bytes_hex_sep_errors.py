b = b"\x01\x02\x03"
for sep in [None, (), ("a", "b"), bytearray(b":"), "é", b"\xff", "::", [":"], 5]:
    try:
        print(repr(sep), b.hex(sep))
    except (TypeError, ValueError) as e:
        print(repr(sep), type(e).__name__, e)
for args in [(":", None), (":", "2"), ("::", "x"), (None, 2)]:
    try:
        print(b.hex(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(b.hex(":", 0), b.hex(":", True), b.hex(b"-", -1), bytearray(b).hex(sep="|", bytes_per_sep=-2))
