# indexing, slicing, iteration, membership
b = b"hello world"
print(b[0], b[-1], b[1:3], b[::-1], b[::2], b[1:-1:3], b[100:], b[-100:2], b[5:1], b[5:1:-1])
ba = bytearray(b"hello")
print(ba[0], ba[-1], ba[1:3], ba[::-1], type(ba[1:3]).__name__)
print([x for x in b"AB"], [x for x in bytearray(b"CD")], sum(b"\x01\x02"))
print(b"l" in b, 104 in b, b"" in b, b"xyz" in b, 0 in b, bytearray(b"wor") in b, b"lo" in bytearray(b"hello"))
for bad in ["b[20]", "ba[20]", "b['a']", "b[1.5]", "'a' in b", "300 in b", "b[-20]"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    del b[0]
except TypeError as e:
    print("TypeError", e)
it = iter(b"xy")
print(next(it), next(it))
print(sorted(b"cba"), max(b"abc"), min(bytearray(b"abc")), b"abc".__iter__ is not None)
class I:
    def __index__(self):
        return 1
print(b"abc"[I()], bytearray(b"abc")[I()])
