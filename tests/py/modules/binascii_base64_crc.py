import binascii

for d in [b"", b"a", b"ab", b"abc", b"abcd", bytes(range(250, 256))]:
    e = binascii.b2a_base64(d)
    print(e, binascii.b2a_base64(d, newline=False), binascii.a2b_base64(e))
print(binascii.a2b_base64("YWJj"), binascii.a2b_base64(b"YW Jj\n"))
print(binascii.a2b_base64(b"YQ==garbage"))
for bad in [b"YWJ", b"Y", b"YW=j"]:
    try:
        print(binascii.a2b_base64(bad))
    except binascii.Error as e:
        print("Error", e)
print(binascii.crc32(b""), binascii.crc32(b"hello"), binascii.crc32(b"world", binascii.crc32(b"hello ")))
print(binascii.crc32(b"hello world"), binascii.crc32(b"abc", 0xFFFFFFFF), binascii.crc32(b"x", -1))
print(binascii.crc32(bytearray(b"abc")), binascii.crc32(memoryview(b"abc")))
try:
    binascii.crc32("abc")
except TypeError as e:
    print("TypeError", e)
