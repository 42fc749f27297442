# bytes and bytearray
b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], list(b[:2]))
print(b + b" world", b * 2, b"l" in b, 104 in b, b"" in b)
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("abc", "utf-8"))
print(b.decode(), b"\xc3\xa9".decode("utf-8"), repr(b"\x00\x01\xff"), repr(b"'\""), repr(b"\t\n\r\\"))
print(b.upper(), b.find(b"l"), b.count(b"l"), b.replace(b"l", b"L"), b.split(b"e"), b.startswith(b"he"))
print(b"a,b,c".split(b","), b"-".join([b"a", b"b"]), b"  x ".strip(), b.hex(), bytes.fromhex("414243"))
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
print(ba, len(ba), ba[1], bytes(ba))
ba[1:3] = b"XYZ"
print(ba)
del ba[0]
print(ba, ba.pop(), ba)
print(bytearray(3), bytearray([1, 2]), bytearray("hi", "utf-8"))
print(b == bytearray(b"hello"), bytes(bytearray(b"x")), type(b + bytearray(b"!")).__name__)
for x in b"AB":
    print(x)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError")
try:
    ba.append(300)
except ValueError as e:
    print("ValueError", e)
print(b"abc" < b"abd", b"" == bytes(), bytes(b"xy"), b"%d-%s" % (5, b"x"))
print(b"abc".index(b"c"), b"abcabc".rfind(b"b"), b"abc".endswith(b"bc"), b"AbC".lower(), b"12".isdigit())
