b = b"a\tbb\tccc\r\n\tx\ty\rz\tw"
for ts in [8, 4, 1, 0, -1]:
    print(ts, b.expandtabs(ts))
print(bytearray(b"\t1").expandtabs(3), b"\xff\t".expandtabs(2), b"no tabs".expandtabs(), b"".expandtabs(4))
for bad in ["4", 4.0, None]:
    try:
        b.expandtabs(bad)
    except TypeError as e:
        print(type(e).__name__, e)
