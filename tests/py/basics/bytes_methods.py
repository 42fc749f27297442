# bytes methods
b = b"Hello, World"
print(b.lower(), b.upper(), b.swapcase() if hasattr(b, "swapcase") else b"", b.title() if hasattr(b, "title") else b"")
print(b.find(b"o"), b.rfind(b"o"), b.find(b"z"), b.index(b"W"), b.count(b"l"), b.count(b"o", 5))
print(b.startswith(b"Hell"), b.endswith(b"ld"), b.startswith((b"x", b"H")), b.replace(b"o", b"0"), b.replace(b"l", b"", 2))
print(b.split(b", "), b.split(), b"a  b".split(b" "), b.rsplit(b"o", 1), b.partition(b", "), b.rpartition(b"o"))
print(b"  pad  ".strip(), b"xxhixx".strip(b"x"), b"  l".lstrip(), b"r  ".rstrip(), b"abc".center(7, b"*"), b"7".zfill(3))
print(b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b" \t".isspace(), b"abc".islower(), b"ABC".isupper())
print(b",".join([b"a", b"b", b"c"]), b"".join([]), b"ab" * 2, b"ab" + bytes([67]))
print(b[0], b[-1], b[:5], b[::3], list(b[:3]), bytes(reversed(b[:5])))
print(b"\x00\x01\x02".hex(), bytes.fromhex("00 ff 10"), b"abc".hex() == "616263")
print(b.decode("ascii"), b"caf\xc3\xa9".decode(), "café".encode("utf-8"), len("café".encode()))
print(bytes(b"copy") == b"copy", b"a" in b"abc", 97 in b"abc", b"ab" < b"b", sorted([b"b", b"a", b"ab"]))
print(b"%s and %d" % (b"bytes", 5), b"x%03d" % 7)
try:
    b"abc".index(b"z")
except ValueError as e:
    print("ValueError", e)
try:
    b"a".join(["s"])
except TypeError as e:
    print("TypeError", e)
