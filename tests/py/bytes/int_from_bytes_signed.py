for n in [0, 1, -1, 127, -128, 128, -129, 255, 32767, -32768, 2**63 - 1, -(2**63), 2**100, -(2**100)]:
    ln = (n.bit_length() + 8) // 8
    for order in ("big", "little"):
        b = n.to_bytes(ln, order, signed=True)
        back = int.from_bytes(b, order, signed=True)
        print(n, order, b.hex(), back == n, int.from_bytes(b, order))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\x80", "little", signed=True), int.from_bytes(b"", "big", signed=True))
print(int.from_bytes(bytes=b"\x01\x00", byteorder="little", signed=False), int.from_bytes(b"\x01", signed=True), int.from_bytes(b"\x7f\xff"))
for args, kw in [((), {}), ((b"\x00", "big", False), {}), ((b"\x00",), {"byteorder": 1}), ((b"\x00",), {"signed": 1, "x": 2})]:
    try:
        print(int.from_bytes(*args, **kw))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
