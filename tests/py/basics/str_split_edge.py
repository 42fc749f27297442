# split/rsplit/partition/splitlines edge cases
cases = ["", " ", "a", "a b", "  a  b  ", "a,b,,c,", ",", ",,", "a\tb\nc\r\nd"]
for s in cases:
    print(repr(s), s.split(), s.split(","), s.split(" "), s.rsplit(",", 1), s.split(None, 1))
print("a b c d".split(" ", 2), "a b c d".rsplit(" ", 2), "a b c d".split(maxsplit=1), "a b c d".rsplit(maxsplit=1))
print("a b c".split(" ", 0), "a b c".split(" ", -1), "abcabc".split("bc"), "abcabc".split("abc"))
print("x=1=2".partition("="), "x=1=2".rpartition("="), "x".partition("="), "x".rpartition("="))
print("a\nb\n".splitlines(), "a\n\nb".splitlines(), "\n".splitlines(), "".splitlines(), "a\rb\r\nc".splitlines())
print("no newline".splitlines(True), "a\nb".splitlines(keepends=True))
try:
    "a".partition("")
except ValueError as e:
    print("ValueError", e)
print(b"a b  c".split(), b"a,b".split(b","), b"a\nb".splitlines(), b"k=v".partition(b"="))
print("one,two;three".replace(";", ",").split(","), ",".join("a b c".split()))
