print("TestHook".removeprefix("Test"), "TestHook".removeprefix("Hook"), "abc".removeprefix(""), "".removeprefix("a"))
print("TestHook".removesuffix("Hook"), "TestHook".removesuffix("Test"), "abc".removesuffix(""), "abc".removesuffix("abc"))
print("ééé".removeprefix("é"), "日本語".removesuffix("語"), "aa".removeprefix("aaa"))
class S(str):
    pass
r = S("abc").removeprefix("x")
print(type(r).__name__, r)
for bad in [None, 1, b"a", ("a",)]:
    try:
        "abc".removeprefix(bad)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        "abc".removesuffix(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "abc".removeprefix()
except TypeError as e:
    print(type(e).__name__, e)
