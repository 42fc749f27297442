import re

m = re.match(r"(?P<year>\d{4})-(?P<mon>\d\d)(-(?P<day>\d\d))?", "2024-05 rest")
print(m.group(0), m.group(1), m.group("year"), m.group("mon", "day"))
print(m.groups(), m.groups("none"))
print(m.groupdict(), m.groupdict("?"))
print(m.start(), m.end(), m.span(), m.span(2), m.start("mon"), m.end(3), m.span("day"))
print(m[0], m["year"], m[2])
print(m.lastindex, m.lastgroup)
print(m.re.pattern, m.string, m.pos, m.endpos)
print(re.compile(r"(a)(?P<b>b)(c)").groupindex["b"], re.compile(r"(a)(b)").groups)
try:
    m.group(5)
except IndexError as e:
    print("IndexError", e)
try:
    m.group("nope")
except IndexError as e:
    print("IndexError", e)
m = re.search(r"(a)|(b)", "b")
print(m.groups(), m.lastindex, m.span(1))
m = re.match(r"(?:x)(y)", "xy")
print(m.groups(), m.expand(r"[\1]"), m.expand(r"\g<1>\g<0>"))
print(re.match(r"(?P<n>a+)(?P=n)", "aaaa").group(0))
