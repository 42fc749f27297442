# re: groups that do not participate, named groups, lastindex/lastgroup
import re
m = re.match(r"(a)(b)?(c)?", "a")
print(m.groups(), m.groups("-"), m.group(2), m.span(2), m.start(3), m.end(3))
print(m.lastindex)
m = re.match(r"(?P<first>\w+) (?P<last>\w+)(?P<extra> x)?", "Jane Doe")
print(m.group("first"), m.group("last"), m["first"], m.group("first", 2))
print(m.groupdict(), m.groupdict("none"))
print(m.lastindex, m.lastgroup)
print(m.span("last"), m.start("first"), m.end("last"))
m = re.match(r"(a)|(b)", "b")
print(m.groups(), m.lastindex, m.lastgroup)
m = re.match(r"(?P<x>a)(?P<y>b)", "ab")
print(m.lastgroup, m.lastindex)
m = re.match(r"((a)(b))", "ab")
print(m.groups(), m.lastindex)
m = re.match(r"(a)*", "aaa")
print(m.group(1), m.span(1))
m = re.match(r"(?:(a)|b)+", "ab")
print(m.groups(), m.span(1))
for g in [3, -1, "nope"]:
    try:
        m.group(g)
    except IndexError as e:
        print("IndexError", e)
p = re.compile(r"(?P<k>\w+)=(?P<v>\d+)")
print(p.groups, sorted(p.groupindex.items()))
