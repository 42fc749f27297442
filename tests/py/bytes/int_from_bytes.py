for b in [b"", b"\x00", b"\x01", b"\xff", b"\x80\x00", b"\x00\x80", b"\xff" * 9, b"\x01" + b"\x00" * 16]:
    print(b, int.from_bytes(b, "big"), int.from_bytes(b, "little"), int.from_bytes(b, "big", signed=True), int.from_bytes(b, "little", signed=True))
print(int.from_bytes(b"\x01\x02"), int.from_bytes([1, 2], "big"), int.from_bytes(bytearray(b"\x10"), "little"), int.from_bytes((255, 0), byteorder="little"))
print(int.from_bytes(memoryview(b"\x00\x01"), "big"), int.from_bytes(iter([1, 0]), "little"), bool.from_bytes(b"\x01", "big"))
class MyInt(int):
    pass
r = MyInt.from_bytes(b"\x07", "big")
print(type(r).__name__, r)
for args in [(b"\x01", "mid"), ("ab", "big"), (5, "big"), ([256], "big"), ([-1], "big")]:
    try:
        print(int.from_bytes(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    int.from_bytes(b"\x01", "big", True)
except TypeError as e:
    print(type(e).__name__, e)
class HB:
    def __bytes__(self):
        return b"\x02\x00"
print(int.from_bytes(HB(), "big"))
