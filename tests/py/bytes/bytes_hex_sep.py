b = bytes(range(250, 256)) + b"\x00\x01\x10"
print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex("-", -2), b.hex(b"_", 4), b.hex(" ", 100), b.hex(sep="|", bytes_per_sep=3))
print(b"".hex(), b"".hex(":"), b"\xab".hex(":"), bytearray(b"\x01\x02\x03").hex(","), memoryview(b"\xff\xee").hex("."))
for args in [("",), ("ab",), ("é",), (1,), (":", "2"), (b"::",)]:
    try:
        print(b.hex(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
