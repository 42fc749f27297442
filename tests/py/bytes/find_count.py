# find rfind index rindex count startswith endswith
b = b"abcabcabc"
print(b.find(b"b"), b.find(b"b", 2), b.find(b"b", 2, 4), b.find(b"z"), b.find(b""), b.find(b"", 9), b.find(b"", 10), b.find(99))
print(b.rfind(b"b"), b.rfind(b"b", 0, 5), b.rfind(b"z"), b.rfind(b""), b.rfind(97), b.find(b"c", -3), b.find(b"a", None, None))
print(b.index(b"c"), b.rindex(b"c"), b.index(97, 1), bytearray(b).index(b"ca"))
print(b.count(b"a"), b.count(b"abc"), b.count(b""), b.count(b"a", 1), b.count(b"a", 1, 4), b.count(98), b"aaaa".count(b"aa"))
print(b.startswith(b"ab"), b.startswith(b"bc"), b.startswith(b"bc", 1), b.startswith((b"x", b"a")), b.startswith(b""), b.startswith(b"a", 20))
print(b.endswith(b"bc"), b.endswith(b"ab"), b.endswith(b"ab", 0, 8), b.endswith((b"z", b"c")), bytearray(b"xy").endswith(b"y"))
for bad in ["b.index(b'z')", "b.rindex(b'z')", "b.find('a')", "b.count('a')", "b.startswith('a')", "b.endswith(['a'])",
            "b.startswith(('a',))", "b.find(256)", "b.index()", "b.find(b'a', 'x')"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
