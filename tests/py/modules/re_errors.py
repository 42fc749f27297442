import re

for pat in ["(", ")", "[a", "a**", "(?P<1a>x)", "\\", "(?P<n>a)(?P<n>b)", "x{2,1}", "(?<=a+)b", "*a"]:
    try:
        re.compile(pat)
        print(pat, "ok")
    except re.error as e:
        print(pat, "error")
print(issubclass(re.error, Exception))
try:
    re.match("a", 5)
except TypeError as e:
    print("TypeError", e)
try:
    re.match(b"a", "a")
except TypeError as e:
    print("TypeError", e)
try:
    re.match("a", b"a")
except TypeError as e:
    print("TypeError", e)
p = re.compile("a(b)")
print(p.pattern, p.groups, re.compile(p) is p)
try:
    re.compile(p, re.I)
except ValueError as e:
    print("ValueError", e)
