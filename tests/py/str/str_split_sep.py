print("a,b,,c,".split(","))
print(",a,b".split(",", 1), "a,b,c".split(",", 0), "a,b,c".split(",", -1), "a,b,c".split(",", 5))
print("a<>b<>c".split("<>"), "<><>".split("<>"), "".split(","), "".split())
print("  a  b \t c\n".split(), "  a  b  c ".split(None, 1), "  a  b  c ".split(maxsplit=1))
print("a b c".split(sep=None, maxsplit=0), "  a b c".split(None, 0), "   ".split(None, 0))
print("a\x1cb\x1dc\x1ed\x1fe\x85f\u2003g\u3000h".split())
print("aXbXc".split("X", maxsplit=1), "aXbXc".split(sep="X"))
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".split(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".split(",", "1")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".split(",", 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".split(x=1)
except TypeError as e:
    print(type(e).__name__, e)
