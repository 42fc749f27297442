# bytearray mutation
ba = bytearray(b"hello")
ba[0] = ord("H")
ba += b" world"
ba.extend([33, 33])
print(ba, len(ba))
ba.insert(0, 62)
print(ba, ba.pop(0), ba.pop(), ba)
ba.remove(ord("o"))
print(ba)
del ba[5:]
print(ba)
ba[1:3] = b"EE"
ba[-1:] = b"LLO"
print(ba)
ba.reverse()
print(ba)
c = ba.copy()
c.clear()
print(c, ba)
print(bytearray(b"abc").upper(), bytearray(b"a,b").split(b","), bytearray(b"xyz").find(b"y"))
print(bytearray(5), bytearray(range(65, 70)), bytearray(b"abc") + b"def", bytearray(b"ab") * 2)
z = bytearray(b"abc")
z2 = z
z2 += b"d"
print(z, z is z2)
try:
    z[0] = 256
except ValueError as e:
    print("ValueError", e)
try:
    z[10] = 1
except IndexError as e:
    print("IndexError", e)
try:
    z.remove(122)
except ValueError as e:
    print("ValueError", e)
print(bytes(z), list(z), z.decode(), z == b"abcd", hash(bytes(z)) == hash(b"abcd"))
try:
    hash(z)
except TypeError as e:
    print("TypeError", e)
