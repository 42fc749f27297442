b = b"abracadabra"
for sub in [b"a", b"bra", b"", b"z", 97, 122, bytearray(b"cad"), memoryview(b"ab")]:
    print(sub if not isinstance(sub, memoryview) else "mv", b.find(sub), b.rfind(sub), b.count(sub), b.find(sub, 2, -2), b.rfind(sub, None, 5))
print(b.index(b"c"), b.rindex(98), b.index(b"a", -4), b.rindex(b"a", 0, -1), b.find(b"", 11), b.find(b"", 12))
for args in [(b"x",), (120,), (b"a", 11), (b"", 12)]:
    try:
        print(b.index(*args))
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        print(b.rindex(*args))
    except ValueError as e:
        print(type(e).__name__, e)
for bad in ["a", 256, -1, 1.5, None, [97]]:
    try:
        print(b.find(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(bytearray(b"xyzxyz").find(b"z", 3), bytearray(b"xyz").count(120), b"aaaa".count(b"aa"), b"".count(b""))
