b = b"prefix-body"
print(b.startswith((b"no", bytearray(b"pre"))), b.startswith(()), b.endswith((b"dy", b"x"), 0, 11), b.endswith((b"-",), None, 7))
print(b.startswith(b"body", 7), b.startswith(b"body", 7, 10), b.endswith(b"pre", -100, 3), b.startswith(b"", 20), b.endswith(b"", 3, 2))
for bad in ["pre", ("pre",), (b"pre", 1), 5, [b"p"]]:
    try:
        print(b.startswith(bad))
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        print(bytearray(b).endswith(bad))
    except TypeError as e:
        print(type(e).__name__, e)
for bad in ["0", 1.5]:
    try:
        print(b.startswith(b"p", bad))
    except TypeError as e:
        print(type(e).__name__, e)
