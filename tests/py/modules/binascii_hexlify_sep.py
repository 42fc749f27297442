import binascii

d = b"\x01\x23\x45\x67\x89"
print(binascii.hexlify(d), binascii.b2a_hex(d))
print(binascii.hexlify(d, "-"), binascii.hexlify(d, b":", 2), binascii.hexlify(d, ":", -2))
print(binascii.hexlify(d, "_", 5), binascii.hexlify(d, "_", 10), binascii.hexlify(b"", ":"))
print(binascii.hexlify(bytearray(b"ab")), binascii.hexlify(memoryview(b"ab")))
print(binascii.unhexlify(b"0aFf"), binascii.unhexlify("0aff"), binascii.a2b_hex("00"))
for bad in [b"abc", b"zz", "0g", b"0 "]:
    try:
        binascii.unhexlify(bad)
    except binascii.Error as e:
        print(type(e).__name__, e)
try:
    binascii.hexlify(d, "ab")
except ValueError as e:
    print("ValueError", e)
try:
    binascii.hexlify("str")
except TypeError as e:
    print("TypeError", e)
try:
    binascii.unhexlify("é")
except ValueError as e:
    print("ValueError", e)
print(issubclass(binascii.Error, ValueError))
