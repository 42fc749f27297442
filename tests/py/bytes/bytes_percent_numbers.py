for v in [0, 1, -1, 255, 2**40, True]:
    print(b"%d|%i|%u|%x|%X|%o|%#x|%#o|%+d|% d|%5d|%-5d|%05d|%.3d" % ((v,) * 14))
for v in [0.0, 1.5, -2.25, 1e10, 1e-5, float("inf"), float("nan")]:
    print(b"%f|%.1f|%e|%E|%g|%G|%10.2f|%-10.1e|%+g" % ((v,) * 9))
print(b"%c|%c|%5c|%-3c|" % (65, b"B", 67, b"D"), b"%*d|%.*f|%-*s|" % (4, 7, 2, 3.14159, 4, b"ab"))
print(b"%x" % 3 if True else 0, b"%d" % 3.99, b"%d" % -3.99, b"%(n)d %(n)x" % {b"n": 17})
for fmt, a in [(b"%x", 3.5), (b"%d", "1"), (b"%f", b"1"), (b"%c", -1), (b"%c", "a"), (b"%c", 2.0)]:
    try:
        print(fmt % a)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
