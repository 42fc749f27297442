# hex with separators
print(b"abc".hex(), b"".hex(), b"\x01\x02\x03\x04".hex(":"), b"\x01\x02\x03\x04\x05".hex("-", 2), b"\x01\x02\x03\x04\x05".hex("-", -2))
print(b"\x01\x02\x03".hex(b"|"), bytearray(b"\xff\x00").hex(" "), b"\x01\x02\x03\x04".hex(sep="_", bytes_per_sep=3), memoryview(b"\x0a\x0b").hex(":"))
for bad in ["b'ab'.hex('::')", "b'ab'.hex(1)", "b'ab'.hex('')"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
print(bytes.fromhex(b"\x01\x02".hex()) == b"\x01\x02", bytes.fromhex("  01 02  "), bytes.fromhex("AbCd"))
