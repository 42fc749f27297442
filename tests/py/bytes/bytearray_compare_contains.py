ba = bytearray(b"hello")
print(b"ell" in ba, 104 in ba, bytearray(b"lo") in ba, b"" in ba, 0 in ba, b"xyz" in ba)
print(ba == b"hello", ba == bytearray(b"hello"), ba != b"hellO", ba < b"help", ba > bytearray(b"hell"), ba == "hello", ba == [104])
print(ba.startswith(b"he"), ba.endswith(bytearray(b"lo")), ba.find(108), ba.rfind(108), ba.index(b"l"), ba.count(b"l"))
for bad in [256, "h", None]:
    try:
        print(bad in ba)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(sorted([bytearray(b"b"), b"a", bytearray(b"c")]), max(bytearray(b"az"), b"b"))
