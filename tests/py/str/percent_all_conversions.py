# every %-conversion letter with a few flag combinations
vals = [0, 7, -42, 255, 3.75, -0.5, 1e20, True]
for conv in "diouxXeEfFgGrsa":
    out = []
    for v in vals:
        for flags in ("", "#", "+", " ", "-8", "08", "#08", "+.3", "10.2"):
            fmt = "%" + flags + conv
            try:
                out.append(fmt % v)
            except TypeError as e:
                out.append("TE:" + str(e))
    print(conv, out)
print("%c|%c|%5c|%-5c|" % (65, "z", 0x263a, "q"))
for bad in (0x110000, -1, "ab", 1.5, b"a"):
    try:
        print("%c" % bad)
    except Exception as e:
        print(type(e).__name__, e)
print("%%|%d%%" % (5,))
try:
    print("%5%|" % ())
except TypeError as e:
    print(type(e).__name__, e)
print("%s %r %a" % ("é", "é", "é"))
print("%.2s|%5.1s|%-6r|" % ("hello", "xyz", "ab"))
print("%x %X %o" % (-255, 2**70, -8))
print("%#x %#X %#o" % (0, 0, 0))
