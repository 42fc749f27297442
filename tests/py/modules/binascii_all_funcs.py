# binascii: hexlify/unhexlify/a2b_hex/b2a_hex, base64 newline, crc32 chaining, errors
import binascii
print(binascii.hexlify(b"\x00\xffab"), binascii.b2a_hex(b""), binascii.a2b_hex("4142"), binascii.unhexlify(b"6a6B"))
print(binascii.hexlify(b"abcdef", "-"), binascii.hexlify(b"abcdef", b":", 2), binascii.hexlify(b"abcdef", ":", -2))
for bad in [b"abc", b"zz", "é"]:
    try:
        binascii.unhexlify(bad)
    except (binascii.Error, ValueError) as e:
        print(type(e).__name__, e)
print(binascii.b2a_base64(b"hello"), binascii.b2a_base64(b"hello", newline=False), binascii.b2a_base64(b""))
print(binascii.a2b_base64(b"aGVsbG8=\n"), binascii.a2b_base64("aGk="), binascii.a2b_base64(b"a G\nk="))
for bad in [b"a", b"aGk", b"aGV=s"]:
    try:
        print(binascii.a2b_base64(bad))
    except binascii.Error as e:
        print("Error", e)
c = binascii.crc32(b"hello ")
print(binascii.crc32(b"hello world"), binascii.crc32(b"world", c), binascii.crc32(b""), binascii.crc32(b"a", 0xFFFFFFFF))
try:
    binascii.hexlify("str")
except TypeError as e:
    print("TypeError", e)
try:
    binascii.crc32("s")
except TypeError as e:
    print("TypeError", e)
print(issubclass(binascii.Error, ValueError))
