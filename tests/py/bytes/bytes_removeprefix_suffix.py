b = b"prefix-body-suffix"
print(b.removeprefix(b"prefix-"), b.removesuffix(b"-suffix"), b.removeprefix(b"x"), b.removesuffix(b""), b.removeprefix(bytearray(b"pre")), b.removesuffix(memoryview(b"fix")))
ba = bytearray(b"abcabc")
r = ba.removeprefix(b"abc")
print(r, type(r).__name__, ba, ba.removeprefix(b"zz") is ba, ba.removesuffix(b"c"))
print(b"".removeprefix(b""), b"a".removeprefix(b"a"), b"aa".removeprefix(b"aaa"))
for bad in ["pre", 1, None]:
    try:
        b.removeprefix(bad)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        b.removesuffix(bad)
    except TypeError as e:
        print(type(e).__name__, e)
