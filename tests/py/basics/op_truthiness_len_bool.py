# __bool__ and __len__ truthiness rules
class B:
    def __init__(self, b):
        self.b = b

    def __bool__(self):
        return self.b


class L:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Both:
    def __bool__(self):
        return True

    def __len__(self):
        return 0


class Neither:
    pass


print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), bool(Both()), bool(Neither()))
print(not L(0), "yes" if L(2) else "no", [x for x in [L(0), L(1), B(False)] if x].__len__())
print(L(0) or "fallback", B(True) and "second")

for bad in [B(1), B("yes"), B(None)]:
    try:
        bool(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for bad in [L(-1), L("3"), L(2 ** 70)]:
    try:
        bool(bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    len(L(-1))
except ValueError as e:
    print(type(e).__name__, e)
try:
    if B(0):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class BoolSub:
    def __bool__(self):
        raise RuntimeError("no truth here")


try:
    while BoolSub():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
# __bool__ = None makes truth testing fail
class NoBool:
    __bool__ = None


try:
    bool(NoBool())
except TypeError as e:
    print(type(e).__name__, e)
print(bool(0.0), bool(0j), bool(""), bool(b""), bool(range(0)), bool(range(1)), bool(...))
