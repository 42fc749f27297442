# re module basics
import re
m = re.match(r"(\w+) (\w+)", "hello world extra")
print(m.group(0), m.group(1), m.group(2), m.groups(), m.start(2), m.end(2), m.span())
print(re.match(r"\d+", "abc"), re.search(r"\d+", "abc123def").group())
print(re.sub(r"\s+", " ", "a   b \t c"), re.sub(r"(\d)", r"<\1>", "a1b22"), re.sub("x", "y", "xxx", count=2))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(-)", "1-2-3"))
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)=(\d)", "a=1 b=2"))
p = re.compile(r"^[a-z]+@[a-z]+\.(com|org)$")
for s in ["bob@example.com", "x@y.org", "bad@site.net", "UP@x.com"]:
    print(s, bool(p.match(s)))
m = re.search(r"(?P<year>\d{4})-(?P<mon>\d\d)", "date: 2024-05-17")
print(m.group("year"), m.group("mon"), m.groupdict() if hasattr(m, "groupdict") else "")
print(re.sub(r"[aeiou]", lambda m: m.group().upper(), "programming"))
print(bool(re.match(r"a.c", "abc")), bool(re.match(r"a.c", "a\nc")), bool(re.match(r"a|b", "b")), bool(re.match(r"x*$", "")))
print(re.match(r"(a+)(b*)", "aaabbc").groups(), re.match(r"a{2,3}", "aaaa").group(), re.match(r"a+?", "aaa").group())
print(re.search(r"\bword\b", "a word here").span(), re.match(r"[^0-9]+", "ab12").group(), re.escape("a.b") == "a\\.b")
