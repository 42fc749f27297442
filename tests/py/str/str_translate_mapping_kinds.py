# translate with various table kinds
class Table:
    def __getitem__(self, k):
        if k == ord("a"):
            return "A"
        if k == ord("b"):
            return None
        if k == ord("c"):
            return 0x263a
        raise LookupError
print("abcd".translate(Table()))
print("abc".translate({}))
print("abc".translate([None] * 97 + ["X"]))
print("abc".translate({97: "", 98: "bb"}))
def t(table):
    try:
        print(repr("abc".translate(table)))
    except Exception as e:
        print(type(e).__name__, e)
t({97: 1.5})
t({97: b"x"})
t({97: -1})
t({97: 0x110000})
t({97: 65})
t(5)
class Bad:
    def __getitem__(self, k):
        raise ValueError("boom")
t(Bad())
class KE:
    def __getitem__(self, k):
        raise KeyError(k)
t(KE())
class IE:
    def __getitem__(self, k):
        raise IndexError(k)
t(IE())
try:
    "a".translate()
except TypeError as e:
    print(type(e).__name__, e)
