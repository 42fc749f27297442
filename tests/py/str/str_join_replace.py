print(",".join(["a", "b", "c"]), "".join(("x", "y")), "-".join([]), "-".join(["solo"]), ", ".join("abc"), "|".join(iter(["p", "q"])))
print("é".join(["a", "ñ", "c"]), "".join(str(i) for i in range(10)), "+".join({"k": 1}))
class S(str):
    pass
print(repr(",".join([S("a"), "b"])), type(",".join([S("a")])).__name__)
big = "x".join(["ab"] * 1000)
print(len(big), big[:10])
for f in [lambda: ",".join([1]), lambda: ",".join(["a", 2]), lambda: ",".join(["a", "b", None]), lambda: ",".join(5), lambda: ",".join(), lambda: ",".join([b"a"])]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "aaa".replace("a", "b", 0), "aaa".replace("a", "b", -1))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "".replace("a", "x"), "abab".replace("ab", ""))
print("héllo".replace("é", "e"), "ñ".replace("", "*"), "a.b.c".replace(".", "::"), "xyz".replace("q", "w"))
for f in [lambda: "a".replace(1, "b"), lambda: "a".replace("a", 2), lambda: "a".replace("a"), lambda: "a".replace("a", "b", "c")]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
