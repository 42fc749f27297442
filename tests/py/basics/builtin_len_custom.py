# len() with __len__ returning odd values
class L:
    def __init__(self, v):
        self.v = v
    def __len__(self):
        return self.v
print(len(L(3)), len(L(0)), len(L(True)))
class I:
    def __index__(self):
        return 4
print(len(L(I())))
for v in (-1, 1.5, "3", None, 1 << 70):
    try:
        print(len(L(v)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for obj in (5, None, iter([]), (x for x in [])):
    try:
        len(obj)
    except TypeError as e:
        print("TypeError", e)
print(len("héllo"), len(b"ab"), len({1: 2}), len(range(3)), len({1, 2}), len(frozenset()), len([[]]))
class Sub(list):
    def __len__(self):
        return 42
print(len(Sub([1])), bool(Sub()), Sub([1]).__len__())
