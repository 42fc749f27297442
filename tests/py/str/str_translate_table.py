print("hello".translate({ord("l"): "L", ord("o"): None}))
print("hello".translate({104: 72}), "abc".translate({}), "abc".translate([]), "abc".translate("XYZ" * 40))
class T:
    def __getitem__(self, k):
        if k == ord("a"):
            return "A"
        if k == ord("b"):
            raise LookupError
        raise IndexError
print("abcab".translate(T()))
print("日本".translate({ord("日"): "月"}), "aaa".translate({97: "bb"}), "abc".translate({97: ""}))
for table in [{97: 1.5}, {97: b"x"}, {97: 0x110000}, {97: -1}]:
    try:
        print("abc".translate(table))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    "abc".translate()
except TypeError as e:
    print(type(e).__name__, e)
class K:
    def __getitem__(self, k):
        raise KeyError(k)
print("xyz".translate(K()))
print("abc".translate({97: 0x10ffff}) == "\U0010ffffbc")
