ba = bytearray(5)
print(ba, len(ba))
ba[1:4] = b"xyz"
print(ba)
ba.extend(range(3))
print(ba)
ba[0:1] = []
print(ba)
ba[:] = b"reset"
print(ba)
ba[2:2] = bytearray(b"__")
print(ba)
ba[10:20] = b"!"
print(ba)
ba[-1:] = b""
print(ba)
ba[1] = ord("E")
print(ba, ba.decode(), bytes(ba), ba == b"rEs__et")
del ba[::-1]
print(ba, len(ba))
ba = bytearray(b"abc")
ba.__init__(b"new")
print(ba)
ba.__init__()
print(ba)
ba.__init__(3)
print(ba)
ba.__init__("é", "utf-8")
print(ba)
