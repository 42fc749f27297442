# tuple repetition and containment with many element kinds
t = (1, "a", None)
print(t * 2, t * 0, t * -1, 3 * (0,), () * 5)
r = t * 3
print(len(r), r.count("a"), r.index(None, 3), r[-1], r[::3])
class I:
    def __index__(self):
        return 2
print((1, 2) * I(), I() * ("x",))
for bad in (1.0, "2", None, [2]):
    try:
        (1,) * bad
    except TypeError as e:
        print("TypeError", e)
try:
    (1,) * (1 << 70)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__)
nested = ((1, 2), [3])
print((1, 2) in nested, [3] in nested, (3,) in nested, 1 in nested)
print(hash((1, 2, 3)) == hash((1, 2, 3)), hash(()) == hash(()), (1, 2) == (1, 2) * 1)
a = (1, 2)
print(a is a[:], a is a + (), a is tuple(a), () + a is a)
