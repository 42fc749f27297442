print("a,b,c,d".rsplit(","), "a,b,c,d".rsplit(",", 1), "a,b,c,d".rsplit(",", 2))
print("a,b,c".rsplit(",", 0), "a,b,c".rsplit(",", -1), ",a,".rsplit(","))
print("  a  b  c  ".rsplit(), "  a  b  c  ".rsplit(None, 1), "  a  b  c  ".rsplit(maxsplit=0))
print("aaa".rsplit("aa"), "aaa".split("aa"), "aaaa".rsplit("aa", 1))
print("日本語 テキスト 例".rsplit(None, 1), "x--y--z".rsplit("--", maxsplit=1))
print("".rsplit(), "".rsplit("x"), "   ".rsplit())
try:
    "abc".rsplit("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".rsplit(None, None)
except TypeError as e:
    print(type(e).__name__, e)
