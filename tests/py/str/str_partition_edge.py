for s in ["key=value=x", "novalue", "=start", "end=", "", "=="]:
    print(repr(s), s.partition("="), s.rpartition("="))
print("abcabc".partition("bc"), "abcabc".rpartition("bc"), "abc".partition("abc"), "abc".rpartition("abcd"))
print("héllo wörld".partition("ö"), "日本語".rpartition("本"))
for bad in ["", None, 1]:
    try:
        "abc".partition(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
    try:
        "abc".rpartition(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    "abc".partition()
except TypeError as e:
    print(type(e).__name__, e)
