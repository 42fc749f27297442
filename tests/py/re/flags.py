# re: flags and inline flags
import re
print(re.I == 2, re.IGNORECASE == re.I, re.M == 8, re.S == 16, re.X == 64, re.A == 256, re.U == 32, re.DEBUG == 128)
print(re.compile("a").flags, re.compile("a", re.I).flags, re.compile(b"a").flags)
print(re.compile("(?i)a").flags, re.compile("a", re.A).flags)
print(re.findall(r"\w+", "héllo wörld"), re.findall(r"\w+", "héllo wörld", re.A))
pat = re.compile(r"""
    (\d{3})   # area
    [-\s]?    # sep
    (\d{4})   # number
""", re.VERBOSE)
print(pat.match("555-1234").groups(), pat.match("555 1234").groups())
print(re.findall(r"^\w", "one\ntwo\nthree", re.MULTILINE))
print(re.findall(r"(?m)\w$", "one\ntwo"))
print(re.search(r"(?s)a.b", "a\nb").group() == "a\nb")
print(re.search(r"(?i:AB)c", "abc"), re.search(r"(?i:AB)c", "abC"))
print(repr(re.compile("a+")), repr(re.compile("a", re.I | re.M)), repr(re.compile(b"x", re.S)))
print(repr(re.compile("x", re.A)), repr(re.compile("(?x) a")))
