ba = bytearray(b"abcdef")
ba[1:3] += b"XY"
print(ba)
ba[::2] *= 1
print(ba)
ba[0:0] += b"<"
print(ba)
lst = [bytearray(b"q")]
lst[0] += b"r"
lst[0] *= 2
print(lst)
d = {"k": bytearray(b"v")}
d["k"] += bytearray(b"w")
print(d)
ba = bytearray(b"0123456789")
ba[2:8:2] = ba[3:9:2]
print(ba)
ba[::-1] = ba
print(ba)
ba[:] = ba[::-1]
print(ba)
ba[1:-1] = b""
print(ba)
