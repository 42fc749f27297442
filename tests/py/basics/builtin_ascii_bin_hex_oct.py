# ascii/bin/hex/oct/chr/ord on edge values and bad input
for v in ["abc", "é", "\n\t", "\x7f\x80", "😀", "\u2028", b"\xff", ["é", "x"], {"ü": 1}, 1.5, None]:
    print(ascii(v))
for n in [0, 1, -1, 255, -256, 2**64, -(2**100), True, False]:
    print(bin(n), hex(n), oct(n), n.__index__())
class Idx:
    def __index__(self):
        return 42
print(bin(Idx()), hex(Idx()), oct(Idx()), chr(Idx()))
def t(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: bin(1.5))
t(lambda: hex("1"))
t(lambda: oct(None))
t(lambda: bin())
t(lambda: hex(1, 2))
t(lambda: ascii())
t(lambda: ascii(1, 2))
t(lambda: chr(-1))
t(lambda: chr(0x110000))
t(lambda: chr(2**70))
t(lambda: chr(1.5))
t(lambda: chr("a"))
t(lambda: ord(""))
t(lambda: ord("ab"))
t(lambda: ord(b"ab"))
t(lambda: ord(1))
t(lambda: ord(bytearray(b"z")))
t(lambda: ord(b"\xff"))
t(lambda: ord(x="a"))
print(ord("😀"), chr(128512), ord(chr(0x10FFFF)), repr(chr(0)))
