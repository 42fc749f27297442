s = "hello wörld"
print("ell" in s, "" in s, "ö" in s, "xyz" in s, "hello wörld!" in s, "" in "", "a" in "")
print("ell" not in s, "low" not in s)
for bad in [1, None, b"h", ["h"]]:
    try:
        print(bad in s)
    except TypeError as e:
        print(type(e).__name__, e)
print(s.__contains__("w"), str.__contains__("abc", "bc"))
class S(str):
    def __contains__(self, x):
        return True
print("zzz" in S("a"))
