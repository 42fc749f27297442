for s in ["", "0", "-", "+", "1", "-1", "+1", "--1", "-+1", "1-", "a", "-a", " -1", "١٢", "-١", "3.14", "-.5", "1e5", "+inf"]:
    print(repr(s), repr(s.zfill(0)), repr(s.zfill(3)), repr(s.zfill(6)))
print("42".zfill(True), "7".zfill(-5))
class I:
    def __index__(self):
        return 4
print("7".zfill(I()), "ab".center(I(), "-"), "x".ljust(I(), "."), "x".rjust(I()))
