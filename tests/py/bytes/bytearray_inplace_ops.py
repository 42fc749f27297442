a = bytearray(b"ab")
alias = a
a += b"cd"
a += bytearray(b"e")
a += memoryview(b"f")
print(a, alias is a, alias)
a *= 2
print(a, alias is a)
a *= 0
print(a, alias is a)
b = bytearray(b"xy")
b *= -1
print(b)
for bad in ["s", 5, [1], None]:
    c = bytearray(b"q")
    try:
        c += bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    c *= 1.5
except TypeError as e:
    print(type(e).__name__, e)
print(bytearray(b"a") + b"b", b"a" + bytearray(b"b"), type(b"a" + bytearray(b"b")).__name__, bytearray(b"z") * 3, 2 * bytearray(b"w"))
print(b"a" + memoryview(b"m"), bytearray(b"a") == b"a", bytearray(b"a") < b"b", b"ab" >= bytearray(b"ab"))
