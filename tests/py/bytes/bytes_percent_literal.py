print(b"100%%" % (), b"%d%%" % 50, b"%%s" % (), b"%%%d" % 7, bytearray(b"%%") % ())
for fmt, args in [(b"%5%", (1,)), (b"%-%", (1,)), (b"%(k)%", {b"k": 1}), (b"%5%", ()), (b"%.2%", (1,)), (b"% %", (1,))]:
    try:
        print(fmt % args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for fmt, args in [("%5%", (1,)), ("%-%", (1,)), ("%5%", ())]:
    try:
        print(repr(fmt % args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for v in [2**70, -(2**70), 256, -1]:
    try:
        print(b"%c" % v)
    except OverflowError as e:
        print(type(e).__name__, e)
for conv in "diuxXo":
    try:
        print((b"%" + conv.encode()) % b"s")
    except TypeError as e:
        print(type(e).__name__, e)
