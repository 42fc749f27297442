# strip replace case padding
print(b"  ab  ".strip(), b"  ab  ".lstrip(), b"  ab  ".rstrip(), b"xxabyx".strip(b"xy"), b"\t\n ab\r\x0b\x0c".strip(), b"ab".strip(None))
print(b"aaa".replace(b"a", b"b"), b"aaa".replace(b"a", b"b", 2), b"abc".replace(b"", b"-"), b"abc".replace(b"", b"-", 2), b"abab".replace(b"ab", b""), bytearray(b"xx").replace(b"x", b"yz"))
print(b"Hello World".upper(), b"Hello World".lower(), b"hello world".capitalize(), b"hELLO".swapcase(), b"hello wORLD 3x".title(), b"\xe9a".upper())
print(b"ab".center(6), b"ab".center(7, b"*"), b"abc".center(6), b"ab".ljust(5, b"."), b"ab".rjust(5), b"abc".ljust(2), bytearray(b"x").center(3))
print(b"42".zfill(5), b"-42".zfill(6), b"+4".zfill(4), b"".zfill(2), b"abc".zfill(2))
print(b"a\tb\tc".expandtabs(), b"a\tb".expandtabs(4), b"ab\tc\nd\te".expandtabs(3), b"\t".expandtabs(0))
print(b"abc".removeprefix(b"ab"), b"abc".removeprefix(b"x"), b"abc".removesuffix(b"bc"), b"abc".removesuffix(b""), bytearray(b"abc").removeprefix(b"a"))
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), b"aabbcc".translate(t), b"abcdef".translate(t, b"de"), b"abc".translate(None, b"b"), bytearray(b"cab").translate(t), b"ab".translate(None, delete=b"a"))
for bad in ["b'a'.center(5, b'ab')", "b'a'.center(5, 'x')", "b'a'.replace('a', b'b')", "b'a'.strip('a')", "b'a'.translate(b'x')", "bytes.maketrans(b'a', b'bc')", "b'a'.zfill('x')"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
