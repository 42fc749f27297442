# str.maketrans argument validation
def t(*a):
    try:
        print(sorted(str.maketrans(*a).items()))
    except Exception as e:
        print(type(e).__name__, e)
t({"a": "b", "c": None, 100: "x", 101: 102})
t("abc", "xyz")
t("abc", "xyz", "q")
t("ab", "xyz")
t("", "")
t("a")
t({"ab": "c"})
t({1.5: "c"})
t("a", 1)
t(1, "a")
t("a", "b", 3)
t()
t("a", "b", "c", "d")
t({})
print("hello".translate(str.maketrans("lo", "01", "h")))
print("hello".translate(str.maketrans({"l": "LL", "o": None})))
try:
    str.maketrans(x={})
except TypeError as e:
    print(type(e).__name__, e)
