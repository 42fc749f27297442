b = b"  one two\tthree\nfour  "
print(b.split(), b.split(None, 1), b.rsplit(None, 1), b.split(maxsplit=2), b.rsplit(maxsplit=0))
print(b"a,b,,c".split(b","), b"a,b,,c".split(b",", 1), b"a,b,,c".rsplit(b",", 2), b"".split(b","), b"".split())
print(b"a\x1cb\x85c\xa0d".split(), bytearray(b"x-y-z").split(b"-"), bytearray(b"x y").rsplit())
print(b"a--b--c".split(bytearray(b"--")), b"a b".split(memoryview(b" ")))
print(b"l1\nl2\r\nl3\rl4\x0bl5".splitlines(), b"l1\nl2\r\n".splitlines(True), b"".splitlines(), bytearray(b"a\nb").splitlines(keepends=True))
for args in [(b"",), ("a",), (32,), (b",", "1")]:
    try:
        print(b"a b".split(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(type(bytearray(b"a b").split()[0]).__name__, type(b"a b".split()[0]).__name__)
