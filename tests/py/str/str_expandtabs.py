s = "a\tbc\tdef\tghij\t"
print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(1)), repr(s.expandtabs(0)), repr(s.expandtabs(-2)))
print(repr("ab\ncd\tx\r\t1".expandtabs(4)), repr("\t".expandtabs(3)), repr("".expandtabs()))
print(repr("日本\tx".expandtabs(4)), repr("x\t\ty".expandtabs(tabsize=2)))
for bad in ["4", 4.0, None]:
    try:
        "a\tb".expandtabs(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "a".expandtabs(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
