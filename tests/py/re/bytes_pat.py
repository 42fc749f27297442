# re: bytes patterns and mixing errors
import re
print(re.findall(rb"\d+", b"a12b345"))
m = re.search(rb"(\w+)=(\w+)", b"key=value")
print(m, m.groups(), m.group(1), m[2], m.span())
print(re.sub(rb"a", b"b", b"banana"), re.split(rb",", b"1,2"))
print(re.sub(rb"(a)", rb"[\1]", b"banana"))
print(re.match(b"a", b"abc").span())
print(re.compile(rb"x+"))
print(re.escape(b"a.b*c"))
for f in [lambda: re.match("a", b"a"), lambda: re.match(b"a", "a"), lambda: re.match("a", 5),
          lambda: re.sub("a", b"x", "a"), lambda: re.sub(b"a", "x", b"a")]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
print(re.findall(rb"\w", b"\xe9a"), re.findall(r"\w", "\xe9a"))
