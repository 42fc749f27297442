# memoryview equality compares item values; hashing of read-only byte views
from array import array

b = b"abcd"
m = memoryview(b)
cases = [
    (m, b), (b, m), (m, bytearray(b)), (bytearray(b), m), (m, list(b)), (list(b), m), (m, "abcd"), (m, 5),
    (m, array("B", b)), (m, array("b", b)), (m, array("i", [97, 98, 99, 100])), (m, m[:]), (m, m[:3]),
    (array("i", [97, 98, 99, 100]), m), (m[::2], b"ac"), (m[::-1], b"dcba"),
    (memoryview(array("i", [1, 2])), array("d", [1.0, 2.0])),
    (memoryview(array("i", [1, 2])), array("d", [1.0, 2.5])),
    (memoryview(array("d", [float("nan")])), memoryview(array("d", [float("nan")]))),
    (memoryview(array("f", [1.5])), memoryview(array("d", [1.5]))),
    (memoryview(array("f", [0.1])), memoryview(array("d", [0.1]))),
    (memoryview(array("Q", [2**64 - 1])), memoryview(array("q", [-1]))),
    (memoryview(array("Q", [2**64 - 1])), memoryview(array("Q", [2**64 - 1]))),
    (memoryview(b"\xff"), memoryview(b"\xff").cast("b")),
    (memoryview(b"a").cast("c"), memoryview(b"a")),
    (memoryview(b"a").cast("c"), memoryview(b"a").cast("c")),
    (memoryview(b"\x01").cast("?"), memoryview(b"\x01")),
    (memoryview(b"\x02").cast("?"), memoryview(b"\x01").cast("?")),
    (memoryview(b""), memoryview(array("d"))),
    (memoryview(b""), b""),
    (memoryview(b"abcd").cast("B", [2, 2]), memoryview(b"abcd").cast("B", [2, 2])),
    (memoryview(b"abcd").cast("B", [2, 2]), memoryview(b"abcd").cast("b", [2, 2])),
    (memoryview(b"abcd").cast("B", [2, 2]), memoryview(b"abcd").cast("B", [1, 4])),
    (memoryview(b"abcd").cast("B", [2, 2]), b"abcd"),
    (memoryview(b"\x01\x00\x00\x00").cast("i", []), memoryview(b"\x01\x00\x00\x00").cast("i", [])),
    (memoryview(b"\x01\x00\x00\x00").cast("i", []), memoryview(b"\x01\x00\x00\x00").cast("i")),
    (b"\x01\x00\x00\x00", memoryview(array("i", [1]))),
    (memoryview(array("i", [1])), b"\x01\x00\x00\x00"),
    (bytearray(b"\x01\x00\x00\x00"), memoryview(array("i", [1]))),
]
for x, y in cases:
    print(x == y, x != y, y == x)
x = memoryview(array("d", [float("nan")]))
print(x == x, x != x, m == m)
print(bytearray(b"ab") < memoryview(b"ac"), bytearray(b"ab") >= memoryview(b"ab"))
print(m.__eq__(b), m.__eq__([97]), m.__ne__([97]), m.__eq__(m))

# hashing
print(hash(m) == hash(b), hash(m[1:3]) == hash(b"bc"), hash(m[::2]) == hash(b"ac"))
print(hash(m.cast("c")) == hash(b), hash(m.cast("b")) == hash(b), hash(memoryview(b"")) == hash(b""))
print({m: 1}[b], m in {b"abcd"}, b in {m})
def err(f):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
err(lambda: hash(m.cast("i")))
err(lambda: hash(m.cast("h")[::-1]))
err(lambda: hash(memoryview(bytearray(b))))
err(lambda: hash(memoryview(array("b", [1]))))
err(lambda: hash(memoryview(bytearray(b)).toreadonly()))
h = memoryview(b"xyz")
before = hash(h)
h.release()
print(hash(h) == before)
h2 = memoryview(b"xyz")
h2.release()
err(lambda: hash(h2))
