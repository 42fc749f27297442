# splitlines recognises every Unicode line boundary
seps = ["\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]
for sep in seps:
    s = "a" + sep + "b" + sep
    print(repr(sep), s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))
print("a\r\r\nb".splitlines(True))
print("\n\n".splitlines(), "\n\n".splitlines(True))
print("".splitlines(), "".splitlines(True))
print("abc".splitlines(keepends=1))
print("a\nb".splitlines(0))
try:
    "a".splitlines(x=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".splitlines(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".splitlines("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".splitlines(1.5)
except TypeError as e:
    print(type(e).__name__, e)
# bytes only splits on \n \r \r\n
print(b"a\x0bb\x0cc\x1cd\ne\r\nf".splitlines())
print(b"a\x0bb\ne\r\nf\r".splitlines(keepends=True))
