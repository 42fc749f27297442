import binascii
print(binascii.hexlify(b"abc"), binascii.hexlify(b"abc", "-"), binascii.hexlify(b"abcde", b":", 2), binascii.hexlify(b"abcde", "-", -2), binascii.b2a_hex(bytearray(b"\x00\xff")))
print(binascii.unhexlify("616263"), binascii.unhexlify(b"6A6b"), binascii.a2b_hex("00ff"), binascii.unhexlify(""))
print(binascii.b2a_base64(b"abc"), binascii.b2a_base64(b"ab"), binascii.b2a_base64(b"a", newline=False), binascii.b2a_base64(b""), binascii.b2a_base64(bytes(range(20))))
print(binascii.a2b_base64(b"YWJj\n"), binascii.a2b_base64("YWI="), binascii.a2b_base64("YQ=="), binascii.a2b_base64("YW=Jj"), binascii.a2b_base64(b"Y W J j"), binascii.a2b_base64(""), binascii.a2b_base64("YQ==YQ=="))
print(binascii.crc32(b"hello"), binascii.crc32(b"hello", 5), binascii.crc32(b""), binascii.crc32(b" world", binascii.crc32(b"hello")), binascii.crc32(b"hello world"), binascii.crc32(b"x", -1))
for call in ["binascii.unhexlify('abc')", "binascii.unhexlify('zz')", "binascii.a2b_base64(b'abcde')", "binascii.a2b_base64(b'ab')",
             "binascii.a2b_base64(b'Y')", "binascii.hexlify('ab')", "binascii.a2b_base64('é')", "binascii.unhexlify('é')", "binascii.b2a_base64('x')"]:
    try:
        print(eval(call))
    except (binascii.Error, TypeError, ValueError) as e:
        print(call, type(e).__name__, e)
print(issubclass(binascii.Error, ValueError), binascii.Error.__module__)
try:
    binascii.unhexlify("0")
except ValueError as e:
    print("ValueError caught", e)
