# int.to_bytes / int.from_bytes
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1024).to_bytes(4, byteorder="big"))
print((0).to_bytes(0, "big"), (0).to_bytes(3, "little"), (255).to_bytes(1, "big"))
print((-1).to_bytes(1, "big", signed=True), (-128).to_bytes(1, "big", signed=True), (-129).to_bytes(2, "big", signed=True))
print((127).to_bytes(1, "big", signed=True), (2**64).to_bytes(9, "little"))
print((5).to_bytes(), (65).to_bytes(1))
for args, kw in [((1, "big"), {}), ((256, 1, "big"), {}), ((128, 1, "big"), {"signed": True}), ((-1, 1, "big"), {}), ((1, -1, "big"), {}), ((1, 1, "middle"), {})]:
    n = args[0]
    try:
        print(n.to_bytes(*args[1:], **kw))
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(int.from_bytes(b"\x00\x01", "big"), int.from_bytes(b"\x00\x01", "little"), int.from_bytes(b"", "big"))
print(int.from_bytes(b"\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "little", signed=True), int.from_bytes(b"\x80\x00", "big", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"\x10", "little"), int.from_bytes(b"\x01\x02"))
print(int.from_bytes(b"\xff" * 20, "big"), int.from_bytes(b"\xff" * 20, "big", signed=True))
for n in [0, 1, -1, 300, -300, 2**100, -(2**100)]:
    ln = (n.bit_length() + 8) // 8
    for order in ["big", "little"]:
        bs = n.to_bytes(ln, order, signed=True)
        assert int.from_bytes(bs, order, signed=True) == n
print("roundtrip ok")
class MyInt(int):
    pass
v = MyInt.from_bytes(b"\x02", "big")
print(type(v).__name__, v, bool.from_bytes(b"\x01", "big"))
try:
    int.from_bytes("ab", "big")
except TypeError as e:
    print("TypeError", e)
try:
    int.from_bytes([256], "big")
except ValueError as e:
    print("ValueError", e)
