import re

print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home amy@work"))
print(re.sub(r"(?P<w>\w+)", r"[\g<w>]", "x y"))
print(re.sub(r"(\w)", r"\g<1>0", "ab"))
print(re.sub(r"a", "b", "aaaa", count=2), re.sub("a", "b", "aaaa", 0))
print(re.subn(r"a", "-", "banana"), re.subn("z", "-", "abc"))
print(re.sub("", "-", "abc"))
print(re.sub(r"x*", "-", "abxd"))
print(re.sub(r"\s+", " ", "  a \t b\n\nc  "))
print(re.sub(r"a", r"\n", "xax") == "x\nx")
p = re.compile(r"(\d)")
print(p.sub(lambda m: "<" + m.group(1) + ">", "1a2"), p.subn("#", "123"))
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as e:
    print("error", e)
try:
    re.sub(r"a", lambda m: 5, "a")
except TypeError as e:
    print("TypeError", e)
print(re.sub(r"(a)|b", r"[\1]", "ab"))
