for b in [b"", b"\x00", b"\x0f\xf0", bytes(range(16)), b"hello"]:
    h = b.hex()
    print(h, bytes.fromhex(h) == b, bytearray.fromhex(h) == b, b.hex(":", 1), b.hex(b":", -1))
print(bytes(range(10)).hex(" ", 3), bytes(range(10)).hex(" ", -3), bytes(range(10)).hex("\t", 4), bytes(range(7)).hex("_", 7), bytes(range(7)).hex("_", 8))
print(bytearray(range(5)).hex("-", 2), bytearray(range(5)).hex("-", -2), bytes.fromhex("0a0B0c").hex().upper())
for sep in ["xx", "€", b"ab"]:
    try:
        print(b"\x01\x02".hex(sep))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    print(b"\x01\x02".hex(":", 2**70))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    b"\x01".hex(bytes_per_sep=2)
except Exception as e:
    print(type(e).__name__)
print(b"\x01\x02".hex(sep=":"))
