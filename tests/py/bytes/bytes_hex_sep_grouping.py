# bytes.hex(sep, bytes_per_sep) grouping from either end
data = bytes(range(0xf8, 0x100)) + b"\x01\x02\x03"
for args in [(), (":",), ("-", 1), (" ", 2), (" ", -2), ("_", 3), ("_", -3), (b".", 4), (":", 100), (":", -100), ("|", 0)]:
    print(args, data.hex(*args), bytearray(data).hex(*args), memoryview(data).hex(*args))
print(b"".hex(":"), b"\x00".hex(":", 5), b"ab".hex(sep="/"), b"abcd".hex(bytes_per_sep=2, sep="+"))
def t(*a, **k):
    try:
        print(b"abc".hex(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)
t("::")
t("")
t("é")
t(b"\xff")
t(1)
t(":", "2")
t(":", 2**70)
t(":", 1, 2)
t(foo=1)
t(bytes_per_sep=2)
print(bytes.fromhex("ff 00 a1"), bytes.fromhex(" 01\t02\n03\r04\x0b05\x0c "), bytearray.fromhex("AbCd"))
for bad in ["f", "0g", "0 0", "00 0", "\u00a000", "0x00"]:
    try:
        print(bytes.fromhex(bad))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
try:
    bytes.fromhex(b"00")
except TypeError as e:
    print(type(e).__name__, e)
