# bytes/bytearray indexing and slicing on a large buffer (no per-access copies), find with ranges
data = bytes(range(256)) * 40000
print(len(data), data[0], data[-1], data[1000], data[123456:123460], data[-3:], data[10:0:-3][:4])
total = 0
for i in range(0, len(data), 9973):
    total += data[i]
print(total)
ba = bytearray(data[:1000])
print(ba[5], ba[-5], ba[2:6], ba[::250], ba[999:2000], ba[500:400])
print(data.find(b"\xfe\xff\x00"), data.find(b"\x05", 10), data.find(b"\x05", 10, 200), data.rfind(b"\x00\x01"), data.find(b"zz"))
print(data.find(b"\x01", -300), data.rfind(b"\x01", 0, 1000), data.find(b"", 5), data.find(b"\x00", len(data)), data.index(b"\x10\x11", 17))
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(data[Idx(7)], ba[Idx(-1)], data[Idx(2):Idx(5)])
try:
    data[len(data)]
except IndexError as e:
    print("IndexError", e)
try:
    ba[-1001]
except IndexError as e:
    print("IndexError", e)
try:
    data["x"]
except TypeError as e:
    print("TypeError", e)
