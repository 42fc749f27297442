import re

print(re.fullmatch(r"a+", "aaa").span(), re.fullmatch(r"a+", "aab"))
print(re.fullmatch(r"a|ab", "ab").group())
print(re.compile(r"\d+").fullmatch("x123y", 1, 4).group())
print(re.escape("a.b*c?d+e[f]g(h)i{j}k|l^m$n\\o p-q#r&s~t"))
print(re.escape("abc_123"), re.escape(""), re.escape("\t\n"))
print(re.escape(b"a.b"))
print(re.match(re.escape("1+1=2"), "1+1=2").group())
print(re.match(r"\Aab\Z", "ab") is not None, re.search(r"b\Z", "ab\n"))
print(re.search(r"b$", "ab\n").span())
print(re.match(r"[^abc]+", "xyzabc").group(), re.match(r"[a\-z]+", "a-z").group())
print(re.match(r"[\d\s]+", "1 2 3x").group(), re.findall(r"[.]", "a.b"))
print(re.match(rb"\x00(.)", b"\x00\xff").group(1))
