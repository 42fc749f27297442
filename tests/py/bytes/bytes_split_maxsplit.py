b = b"a b  c   d"
for m in [-1, 0, 1, 2, 3, 10]:
    print(m, b.split(maxsplit=m), b.rsplit(maxsplit=m), b.split(b" ", m), b.rsplit(b" ", m))
print(b"x--y--z".split(b"--", 1), b"x--y--z".rsplit(b"--", 1), bytearray(b"1,2,3").split(b",", maxsplit=1))
print(b"  ".split(), b"  ".split(b" "), b"\t\n\x0b\x0c\r ".split(), b"a\x00b".split(b"\x00"), b"a\xffb".split(b"\xff"))
for bad in [(b" ", None), (b" ", 1.5), (None, "2")]:
    try:
        print(b.split(*bad))
    except TypeError as e:
        print(type(e).__name__, e)
