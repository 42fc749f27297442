# bytes/bytearray construction
print(bytes(), bytes(0), bytes(3), bytes([1, 2, 255]), bytes((65, 66)), bytes(range(3)))
print(bytes("héllo", "utf-8"), bytes("abc", "ascii"), bytes("é", "latin-1"), bytes("x", encoding="utf-8"))
print(bytes(b"ab"), bytes(bytearray(b"cd")), bytes(memoryview(b"ef")))
print(bytearray(), bytearray(2), bytearray([1, 2]), bytearray(b"xy"), bytearray("hi", "utf-8"))
print(bytes(x for x in [7, 8]), bytearray(iter([9])))
class B(bytes):
    pass
b = B(b"xyz")
print(b, type(b).__name__, len(b), b.upper(), isinstance(b, bytes), b == b"xyz")
class BA(bytearray):
    pass
ba = BA(b"q")
ba.append(114)
print(ba, type(ba).__name__, len(ba))
class WithBytes:
    def __bytes__(self):
        return b"custom"
print(bytes(WithBytes()))
class Idx:
    def __index__(self):
        return 2
print(bytes(Idx()), bytes([Idx()]))
for bad in ["bytes('abc')", "bytes([256])", "bytes([-1])", "bytes(-1)", "bytes(3.5)",
            "bytes(b'x', 'utf-8')", "bytes([1, 'a'])", "bytearray(3.5)", "bytearray('x')",
            "bytes('x', 'nope')", "bytes('é', 'ascii')", "bytearray([300])", "bytes(None)"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
print(bytes.fromhex("de ad be ef"), bytearray.fromhex("00ff"), bytes.fromhex(""), B.fromhex("41"), type(B.fromhex("41")).__name__)
for bad in ["bytes.fromhex('0g')", "bytes.fromhex('abc')", "bytes.fromhex(' 1 2')", "bytes.fromhex(b'00')"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
