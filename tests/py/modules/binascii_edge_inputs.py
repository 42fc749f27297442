# binascii: str inputs for a2b_*, whitespace/padding in base64, memoryview/array inputs, sep rules
import binascii, array
print(binascii.a2b_hex("ABCDEF"), binascii.unhexlify("0a0B"), binascii.a2b_base64("YQ=="), binascii.a2b_base64("Y Q = ="))
print(binascii.b2a_base64(memoryview(b"xyz")), binascii.hexlify(bytearray(b"\x00\x10")), binascii.hexlify(array.array("B", [1, 255])))
print(binascii.crc32(memoryview(b"abc")), binascii.crc32(bytearray(b"abc")), binascii.crc32(b"abc", -1), binascii.crc32(b"abc", 2 ** 32 + 5))
print(binascii.a2b_base64(b"YWJj\nZGVm\n"), binascii.a2b_base64(b"!!YWJj!!"), binascii.a2b_base64(b"YW==Jj"))
for bad in [b"YWJ", b"Y===", b"=", b"YQ=", "é"]:
    try:
        print(binascii.a2b_base64(bad))
    except (binascii.Error, ValueError) as e:
        print(type(e).__name__, e)
for args in [(b"ab", ""), (b"ab", "::"), (b"ab", 1), (b"abcd", "-", 0), (b"", "-"), (b"abcdef", "-", 4)]:
    try:
        print(args, binascii.hexlify(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
try:
    binascii.unhexlify("0g")
except binascii.Error as e:
    print("Error", e)
try:
    binascii.b2a_base64("str")
except TypeError as e:
    print("TypeError", e)
print(binascii.b2a_hex(b"\x01\x02", b" "), binascii.b2a_hex(b"\x01\x02\x03", "|", -1))
