b = b"key=value"
sep = bytearray(b"=")
r = b.partition(sep)
print(r, r[1] is sep, type(r[1]).__name__)
r = b.partition(b"#")
print(r, r[0] is b)
r = b.rpartition(b"#")
print(r, r[2] is b)
ba = bytearray(b"key=value")
r = ba.partition(b"=")
print(r, [type(x).__name__ for x in r], r[0] is ba)
r = ba.partition(b"#")
print(r, r[0] is ba, r[0] == ba)
class B(bytes):
    pass
r = B(b"a=b").partition(b"#")
print(r, type(r[0]).__name__)
