ba = bytearray(b"abcdef")
class I:
    def __index__(self):
        return 1
print(ba.pop(I()), ba.pop(-1), ba.pop(True), ba)
ba.insert(I(), 90)
ba.insert(-1, 89)
ba.insert(2**10, 88)
ba.insert(-2**10, 87)
print(ba)
for args in [(2**70, 1), ("1", 1), (1.0, 1), (0, 2**70), (0, I())]:
    try:
        ba.insert(*args)
        print("ok", ba)
    except (TypeError, ValueError, OverflowError, IndexError) as e:
        print(type(e).__name__, e)
for arg in [2**70, "0", 100, -100]:
    try:
        print(ba.pop(arg))
    except (TypeError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)
ba.remove(I())
print(ba)
for arg in [300, "a", 5]:
    try:
        ba.remove(arg)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
