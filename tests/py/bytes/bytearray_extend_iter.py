ba = bytearray()
ba.extend(range(65, 70))
ba.extend(iter([70, 71]))
ba.extend((72,))
ba.extend({73: "x"})
ba.extend(b"")
ba.extend(bytearray(b"J"))
ba.extend(memoryview(b"K"))
print(ba)
def gen():
    yield 76
    yield 77
    raise RuntimeError("gen failed")
try:
    ba.extend(gen())
except RuntimeError as e:
    print(type(e).__name__, e)
print(ba)
for bad in [[1, 2, 256], [1, "a"], [None], "str", 5, [-1]]:
    try:
        ba.extend(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(ba, len(ba))
class Idx:
    def __index__(self):
        return 78
ba.extend([Idx()])
ba.append(Idx())
print(ba)
