# int() on int subclasses and of strings with whitespace/signs
class MyInt(int):
    def __repr__(self):
        return "MyInt(%d)" % int(self)
m = MyInt(5)
print(m, int(m), type(int(m)).__name__, m + 1, type(m + 1).__name__, -m, type(-m).__name__)
print(MyInt("12"), MyInt("ff", 16), MyInt(3.9), MyInt(), MyInt(True), type(MyInt(True)).__name__)
print(int("  +5  "), int("-0"), int("\n12\t"), int("\u2003" + "7"), int("1_0", 0) if False else int("10", 0))
for s in ("+", "-", "+-1", "1+", "١", "0x", "1.0"):
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print("ValueError", e)
print(isinstance(m, int), m == 5, hash(m) == hash(5), {5: "five"}[m], m.bit_length(), m.real, type(m.real).__name__)
print(MyInt.from_bytes(b"\x02", "big"), type(MyInt.from_bytes(b"\x02", "big")).__name__)
