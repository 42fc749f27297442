# chr, ord, bin, oct, hex
print(chr(65), chr(0x263A), chr(0), repr(chr(127)), chr(0x10FFFF) == "\U0010ffff")
print(ord("A"), ord("\u263a"), ord(b"a"), ord(bytearray(b"z")), ord("\U0001F600"))
print(bin(10), bin(-10), bin(0), oct(8), oct(-8), hex(255), hex(-255), hex(0), hex(1 << 70))
class I:
    def __index__(self):
        return 42
print(chr(I()), bin(I()), oct(I()), hex(I()), hex(True))
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: chr(-1))
show(lambda: chr(0x110000))
show(lambda: chr(1 << 70))
show(lambda: chr(65.0))
show(lambda: chr("A"))
show(lambda: ord(""))
show(lambda: ord("ab"))
show(lambda: ord(b"ab"))
show(lambda: ord(65))
show(lambda: hex(1.5))
show(lambda: bin("1"))
show(lambda: oct(None))
