# split rsplit splitlines join partition rpartition
print(b"a,b,,c".split(b","), b"a,b,c".split(b",", 1), b"  a  b c  ".split(), b"a b c".split(None, 1), b"".split(), b"".split(b","))
print(b"a,b,c".rsplit(b",", 1), b"  a  b c  ".rsplit(None, 1), b"a b c".rsplit(), b"aXXbXXc".split(b"XX"), b"aXXbXXc".rsplit(b"XX", 1))
print(b"a\tb\nc\x0bd\x0ce\rf".split(), b"x".split(maxsplit=0), b" x y ".split(maxsplit=0), b" x y ".rsplit(maxsplit=0))
print(b"ab\ncd\r\nef\rgh".splitlines(), b"ab\ncd\r\n".splitlines(True), b"".splitlines(), b"\n\n".splitlines(), b"x\n".splitlines(keepends=True))
print(bytearray(b"a b").split(), type(bytearray(b"a b").split()[0]).__name__)
print(b",".join([b"a", b"b", bytearray(b"c")]), b"".join([]), bytearray(b"-").join([b"x", b"y"]), b"-".join(x for x in [b"1", b"2"]), b"-".join([memoryview(b"m")]))
print(b"a=b=c".partition(b"="), b"a=b=c".rpartition(b"="), b"abc".partition(b"x"), b"abc".rpartition(b"x"), bytearray(b"a=b").partition(b"="))
for bad in ["b'a'.split(b'')", "b'a'.split('a')", "b','.join(['a'])", "b','.join([b'a', 1])", "b'a'.partition(b'')", "b'a'.partition('a')", "b','.join(5)"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
