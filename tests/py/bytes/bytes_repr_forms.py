for b in [b"", b"'", b'"', b"'\"", b"\\", b"\t\n\r", b"\x00\x1f\x7f\x80\xff", bytes(range(32, 127)), b"it's", b'say "x"']:
    print(repr(b), str(b), repr(bytearray(b)), len(repr(b)))
print(ascii(b"\xff"), "%r" % b"a", "{!r}".format(bytearray(b"q")), f"{b'z'}", format(b"ab"), "%s" % bytearray(b"s"))
class B(bytes):
    pass
class BA(bytearray):
    pass
print(repr(B(b"x")), repr(BA(b"y")), str(B(b"x")), B(b"ab") + b"c", type(B(b"ab") + b"c").__name__, type(B(b"ab")[0:1]).__name__)
