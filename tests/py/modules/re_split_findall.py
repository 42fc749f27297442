import re

print(re.split(r",", "a,b,,c"))
print(re.split(r",", "a,b,c", maxsplit=1), re.split(",", "a,b,c", 1))
print(re.split(r"(,)", "a,b,c"), re.split(r"(,)(\s*)", "a, b,c"))
print(re.split(r"(a)|b", "xaybz"))
print(re.split(r"\s*", "a b"), re.split(r"x*", "axbc"))
print(re.split(r"\d", ""), re.split(r"\W+", "Words, words, words."))
print(re.findall(r"(\w)(\d)", "a1 b2 c"), re.findall(r"\d", "a1b2"))
print(re.findall(r"(\w)=(\d)?", "a=1 b= c=3"))
for m in re.finditer(r"\b\w", "hello big world"):
    print(m.group(), m.span())
print([m.span() for m in re.finditer(r"", "ab")])
p = re.compile(r"o")
print(p.findall("foo boo", 3), p.findall("foo boo", 0, 5))
print([m.start() for m in p.finditer("foo boo", 2, 6)])
print(p.search("foo", 2).span(), p.match("foo", 1).span(), p.match("foo") is None)
