# binascii hexlify/unhexlify and base64 helpers
import binascii
print(binascii.hexlify(b"\x00\xffabc"), binascii.unhexlify(b"48656c6c6f"), binascii.unhexlify("4142"))
print(binascii.b2a_base64(b"hello world"), binascii.a2b_base64(b"aGVsbG8gd29ybGQ="))
for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar"]:
    enc = binascii.b2a_base64(data)
    print(data, enc, binascii.a2b_base64(enc) == data)
try:
    binascii.unhexlify(b"abc")
except (ValueError, binascii.Error) as e:
    print("error for odd-length hex")
