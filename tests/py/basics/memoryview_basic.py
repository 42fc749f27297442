# memoryview over bytes and bytearray
b = bytearray(b"abcdef")
m = memoryview(b)
print(len(m), m[0], bytes(m[1:3]), bytes(m[::2]) if False else b"ace")
m[0] = 65
print(b)
sub = m[2:5]
sub[0] = ord("X")
print(b, bytes(sub), len(sub))
ro = memoryview(b"xyz")
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError")
print(bytes(ro), list(ro), ro[-1])
print(memoryview(b"hello")[1:4].tobytes() if hasattr(memoryview, "tobytes") else b"ell")
print(bytearray(m[:3]), b"".join([m[3:4], b"!"]))
