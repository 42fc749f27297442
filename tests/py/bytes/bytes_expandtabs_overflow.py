# bytes/bytearray expandtabs tabsize conversion (C int) and results
for cls in (bytes, bytearray):
    print(cls(b"a\tbc\td").expandtabs(), cls(b"a\tb").expandtabs(0), cls(b"a\tb").expandtabs(-3), cls(b"\t\n\tx").expandtabs(2))
    print(cls(b"ab\r\tc").expandtabs(4), cls(b"").expandtabs(4), cls(b"no tabs").expandtabs(1), cls(b"\t").expandtabs(tabsize=3))
def t(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: b"\t".expandtabs(2**40))
t(lambda: b"\t".expandtabs(2**70))
t(lambda: bytearray(b"\t").expandtabs(-2**70))
t(lambda: b"\t".expandtabs("4"))
t(lambda: b"\t".expandtabs(4.0))
t(lambda: b"\t".expandtabs(4, 5))
t(lambda: b"\t".expandtabs(size=4))
t(lambda: "\t".expandtabs(2**40))
t(lambda: "\t".expandtabs(-2**70))
class I:
    def __index__(self):
        return 3
print(b"a\tb".expandtabs(I()), "a\tb".expandtabs(I()))
