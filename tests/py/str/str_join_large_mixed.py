parts = ["é", "x" * 3, "", "日本", "\U0001f600"]
j = "|".join(parts)
print(j, len(j), j.split("|") == parts, "".join(parts), "é".join(["a", "b", "c"]))
print("".join(map(str, range(15))), ", ".join(str(x) for x in [1.5, None, True]), "-".join(reversed(["a", "b"])))
print("".join(["a"] * 0), "x".join(["only"]), "ab".join("123"), " ".join(sorted({"z", "y"})), "".join(dict.fromkeys("abca")))
class It:
    def __iter__(self):
        return iter(["p", "q"])
print("+".join(It()), "+".join(iter(("m", "n"))), "".join(c for c in "hello" if c != "l"))
try:
    "".join([1.5])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "".join(["a", "b", 3])
except TypeError as e:
    print(type(e).__name__, e)
