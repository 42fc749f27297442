print(b"k=v=w".partition(b"="), b"k=v=w".rpartition(b"="), b"none".partition(b"="), b"none".rpartition(b"="))
print(bytearray(b"a:b").partition(b":"), bytearray(b"a:b").rpartition(bytearray(b":")))
print(b"aaa".replace(b"a", b"bb"), b"aaa".replace(b"a", b"", 2), b"abc".replace(b"", b"-"), b"abc".replace(b"", b"-", 2), b"ab".replace(b"x", b"y"))
print(b"abcabc".replace(b"bc", b"X", -1), b"abcabc".replace(b"bc", b"X", 0), bytearray(b"xyx").replace(b"x", b"z"), b"a".replace(bytearray(b"a"), memoryview(b"q")))
for args in [("a", b"b"), (b"a", "b"), (97, b"b"), (b"a", b"b", "1")]:
    try:
        print(b"abc".replace(*args))
    except TypeError as e:
        print(type(e).__name__, e)
for bad in [b"", "=", 61]:
    try:
        print(b"a=b".partition(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
