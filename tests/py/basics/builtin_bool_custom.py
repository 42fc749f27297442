# truth testing with __bool__ and __len__
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class Ln:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(B(True)), bool(B(False)), bool(Ln(0)), bool(Ln(2)), not Ln(0), bool(object()))
for v in (1, 0, None, "x"):
    try:
        print(bool(B(v)))
    except TypeError as e:
        print("TypeError", e)
try:
    if B(2):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    bool(Ln(-1))
except ValueError as e:
    print("ValueError", e)
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(Both()), [x for x in [B(True), B(False), Ln(1)] if x].__len__())
print(B(True) and "yes", B(False) or "fallback", not B(False))
class NoneBool:
    __bool__ = None
try:
    bool(NoneBool())
except TypeError as e:
    print("TypeError", e)
