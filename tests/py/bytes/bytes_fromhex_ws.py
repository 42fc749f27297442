print(bytes.fromhex("deadBEEF"), bytes.fromhex(" de ad  be ef "), bytes.fromhex(""), bytes.fromhex("\t0a\n0b\r0c\x0b0d\x0c"))
print(bytearray.fromhex("01 02"), type(bytearray.fromhex("")).__name__)
for s in ["abc", "0g", "a b", "  1", "zz", "0x10", "12 3"]:
    try:
        print(bytes.fromhex(s))
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [b"00", 5, None]:
    try:
        print(bytes.fromhex(bad))
    except TypeError as e:
        print(type(e).__name__, e)
class B(bytes):
    pass
r = B.fromhex("41")
print(type(r).__name__, r)
