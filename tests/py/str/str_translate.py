t = str.maketrans("abc", "xyz")
print(sorted(t.items()))
print("aabbcc".translate(t))
t2 = str.maketrans("ab", "cd", "xy")
print(sorted(t2.items()), "axbyc".translate(t2))
t3 = str.maketrans({"a": "AA", "b": None, 99: 100})
print(sorted(t3.items()), "abcd".translate(t3))
print("hello".translate({ord("l"): "L", ord("o"): None}), "héllo".translate({233: "e"}), "abc".translate({}))
class Table:
    def __getitem__(self, k):
        if k == 97:
            return "A"
        raise LookupError
print("abca".translate(Table()))
print("abc".translate([None, "x"] * 60))
for f in [lambda: str.maketrans(1), lambda: str.maketrans("ab", "c"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans({1.5: 1}),
          lambda: "a".translate({97: 1.5}), lambda: "a".translate({97: -1}), lambda: str.maketrans("a", 1), lambda: str.maketrans()]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
