for n in [0, 7, -7, 255, 10**20, True]:
    print("%d|%i|%u|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%#X|%o|%#o|%.3d|%+.3d" % ((n,) * 16))
print("%c%c%c" % (65, "b", 0x263a), "%5c|%-3c|" % ("x", "y"), "%*d|%-*d|%.*d" % (6, 42, 6, 42, 4, 42))
print("%x" % 3.0 if False else "%d" % 3.9, "%d" % -3.9, "%i" % 2.5)
for fmt, arg in [("%x", 3.0), ("%c", 0x110000), ("%c", "ab"), ("%c", -1), ("%d", "5"), ("%d", None), ("%o", 1.5), ("%c", 1.5)]:
    try:
        print(fmt % arg)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
class I:
    def __index__(self):
        return 10
    def __int__(self):
        return 11
print("%x %d %o" % (I(), I(), I()))
