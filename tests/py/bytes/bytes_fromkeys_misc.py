print(bytes.fromhex("41 42"), bytes(3)[1:], b"".join([bytes([i]) for i in range(65, 70)]))
print(bytes([True, False]), bytes((1,)), bytes({7}), bytes(bytearray(2)), bytearray(b"x") + bytes(1))
print(len(bytes(1000)), bytes(1000).count(0), bytes(10).find(b"\x00\x00", 8), bytes(10).rfind(b"\x00", 0, 0))
class Idx:
    def __index__(self):
        return 3
print(bytes(Idx()), bytes([Idx()]), bytearray([Idx(), 4]), b"abcdef"[Idx()], b"abcdef"[Idx():], bytearray(b"abcd")[Idx()])
try:
    bytes([Idx(), 300])
except ValueError as e:
    print(type(e).__name__, e)
class NoIdx:
    pass
for bad in [[NoIdx()], NoIdx()]:
    try:
        bytes(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class BadBytes:
    def __bytes__(self):
        return "str"
try:
    bytes(BadBytes())
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes(2 ** 70)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__)
