# repr, concat, repeat, compare, hash
print(repr(b"\x00\x01\xff"), repr(b"'\""), repr(b"'"), repr(b"\t\n\r\\"), repr(bytearray(b"a'b")))
print(b"ab" + b"cd", b"ab" + bytearray(b"cd"), bytearray(b"ab") + b"cd", b"ab" * 3, 2 * b"x", b"ab" * 0, b"ab" * -1)
print(b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", b"abc" <= b"abc", b"abc" >= b"abd", b"" == bytes())
print(b"abc" == bytearray(b"abc"), bytearray(b"x") == b"x", b"a" == "a", b"a" != "a", b"\x01" == 1)
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], len({b"a", b"a", b"b"}))
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print("TypeError", e)
for bad in ["b'a' + 'b'", "b'a' + 1", "b'a' * 'b'", "b'a' < 'b'", "'a' + b'b'"]:
    try:
        print(eval(bad))
    except TypeError as e:
        print(bad, "TypeError", e)
ba = bytearray(b"ab")
ba += b"cd"
print(ba)
ba *= 2
print(ba)
b = b"x"
b += b"y"
print(b)
print(bytes.__add__(b"a", b"b"), bytes.__mul__(b"a", 3), bytes.__eq__(b"a", b"a"), bytes.__eq__(b"a", "a"), bytes.__lt__(b"a", b"b"))
print(bytes.__len__(b"abc"), bytes.__getitem__(b"abc", 1), bytes.__contains__(b"abc", 98), bytearray.__len__(bytearray(3)))
print(bool(b""), bool(b"\x00"), bool(bytearray()), str(b"ab"), f"{b'ab'}")
class MyB(bytes):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
    def __getitem__(self, i):
        return super().__getitem__(i)
    def __repr__(self):
        return "MyB(" + super().__repr__() + ")"
x = MyB(b"ab")
print(x, repr(x), x[0], x[1:], len(x), x + b"!", x == b"abab", hash(x) == hash(b"abab"))
class MyBA(bytearray):
    def __init__(self, v):
        super().__init__(v)
        self.extra = 1
y = MyBA(b"qq")
y[0] = 65
print(y, y.extra, y.__len__(), bytes.__hash__(b"x") == hash(b"x"))
