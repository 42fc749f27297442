# partition/rpartition/split family on bytes and bytearray, with separators of various types
for cls in (bytes, bytearray):
    s = cls(b"a,b,,c")
    print(s.partition(b","), s.rpartition(b","), s.partition(b"x"), s.rpartition(b"x"))
    print(s.split(b","), s.split(b",", 1), s.rsplit(b",", 1), s.split(b",", maxsplit=0), s.split(sep=b",,"))
    print(cls(b"  a b\tc\n ").split(), cls(b"  a b  c ").rsplit(None, 1), cls(b"\x1ca\x1c").split())
    print(s.partition(bytearray(b",")), s.split(memoryview(b",")), cls(b"").split(), cls(b"").split(b","))
    print(type(s.partition(b",")[0]).__name__, type(s.split()[0]).__name__)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: b"abc".split(b""))
t(lambda: b"abc".rsplit(b""))
t(lambda: b"abc".partition(b""))
t(lambda: b"abc".rpartition(b""))
t(lambda: b"abc".split(","))
t(lambda: b"abc".partition(","))
t(lambda: b"abc".partition(98))
t(lambda: b"abc".split(b"b", "1"))
t(lambda: b"abc".split(b"b", 1.0))
t(lambda: b"abc".split(x=1))
t(lambda: bytearray(b"abc").rpartition(None))
t(lambda: b"a b c".split(maxsplit=-5))
t(lambda: b"a\r\nb\rc\n".splitlines())
