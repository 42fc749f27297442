# re: Match object details
import re
m = re.match(r"(\d+)\.(\d+)?", "3.x")
print(m, repr(m), m.group(), m.groups(), m.groups(0))
print(m.expand(r"int=\1 frac=\2"), m.expand(r"\g<0>!"))
m = re.search("b+", "abbbc")
print(m, m.regs)
print(re.search("", "abc"))
print(re.search("'", "it's"), re.search('"', 'a"b'))
m = re.match(r"(?P<w>\w+)", "héllo wörld")
print(m, m.span(), m.group("w"))
m = re.search(r"\w+$", "日本語 テキスト")
print(m, m.span(), m.start())
if re.match("a", "a"):
    print("truthy")
print(re.match("(a)(b)(c)", "abc").group(3, 1, 2))
m = re.match(r"(a)", "a")
print(m.start(1), m.end(0), m.span(0), m.group(True))
