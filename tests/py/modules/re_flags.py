import re

print(re.findall(r"abc", "ABC abc AbC", re.IGNORECASE), re.findall(r"(?i)abc", "aBc"))
print(re.findall(r"[a-c]+", "ABCabc", re.I))
print(re.findall(r"^\w", "one\ntwo\nthree", re.MULTILINE), re.findall(r"^\w", "one\ntwo"))
print(re.findall(r"\w$", "one\ntwo\nthree", re.M))
print(re.match(r"a.b", "a\nb"), re.match(r"a.b", "a\nb", re.DOTALL).group())
print(re.match(r"(?s)a.b", "a\nb") is not None)
print(re.findall(r"^a.", "a\nab\na\n", re.M | re.S))
p = re.compile(r"x", re.I | re.M)
print(p.flags & re.I != 0, p.flags & re.M != 0, p.flags & re.S != 0)
print(re.I == re.IGNORECASE, re.M == re.MULTILINE, re.S == re.DOTALL)
print(int(re.I), int(re.M), int(re.S), int(re.X), int(re.A))
print(re.match(r"""a   # letter a
               \d  # a digit
               """, "a1", re.VERBOSE).group())
print(re.findall(r"\w+", "héllo wörld"), re.findall(r"\w+", "héllo", re.ASCII))
