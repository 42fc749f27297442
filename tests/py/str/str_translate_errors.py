class BadMap:
    def __getitem__(self, k):
        raise ValueError("boom %d" % k)
try:
    "ab".translate(BadMap())
except ValueError as e:
    print(type(e).__name__, e)
for t in [{97: 1 << 40}, {97: -5}, {97: 0x110000}, {97: [1]}, {97: (1,)}, {97: 2.0}]:
    try:
        print(repr("abc".translate(t)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(repr("abc".translate({97: 0})), repr("abc".translate({97: 98, 98: 97})), repr("aaa".translate({97: "xyz"})), repr("abc".translate({ord("c"): None, 0: "z"})))
print("abc".translate(str.maketrans("abc", "bca")), "hello".translate({ord(c): ord(c.upper()) for c in "lo"}))
try:
    "abc".translate(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".translate(None)
except TypeError as e:
    print(type(e).__name__, e)
