for s in ["key=value", "novalue", "a=b=c", "=", "", "é=ñ=ü"]:
    print(s.partition("="), s.rpartition("="))
print("hello world".partition("o w"), "abcabc".rpartition("bc"), "abc".partition("abcd"))
for f in [lambda: "a".partition(""), lambda: "a".rpartition(""), lambda: "a".partition(1), lambda: "a".rpartition(None), lambda: "a".partition()]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
