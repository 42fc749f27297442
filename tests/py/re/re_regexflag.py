# re.RegexFlag: repr/str/name/value, bit operations keep the type, membership, iteration.
import re
print(str(re.I), repr(re.I|re.M), re.I|8, type(re.I|8).__name__, re.I|re.M|re.X, ~re.I, re.I & re.M, repr(re.I&re.M), re.I ^ re.I, re.I + 1, type(re.I+1).__name__, format(re.I), f'{re.I:d}', re.I.name, re.I.value, (re.I|re.M).name, hash(re.I), re.RegexFlag(2), re.RegexFlag(0), re.RegexFlag(1024), re.I in (re.I|re.M), list(re.I|re.M), re.T, re.DEBUG, re.TEMPLATE)
print(re.compile('x', re.I).flags, re.compile('x').flags, re.compile(b'x').flags, re.compile('x', re.A).flags, re.compile('(?i)x').flags)
print(repr(re.I|1024), str(re.I|1024), (re.I|1024).name, re.RegexFlag(1024).name, re.NOFLAG.name, bool(re.NOFLAG), re.I|re.I, -re.I, re.I*2, re.I<<1, type(re.I<<1))
print(re.RegexFlag.IGNORECASE, re.I.__class__.__name__, re.RegexFlag.__module__, re.I == re.IGNORECASE, re.I is re.IGNORECASE, 3 | re.I, 1 & re.T, re.RegexFlag(2) is re.I)
try: re.RegexFlag('x')
except Exception as e: print(type(e).__name__, e)
print(list(re.NOFLAG), len(re.I|re.M), re.I.bit_length(), re.compile("a", re.I|re.M), re.match("A", "a", flags=re.I))
print(re.findall("^b", "a\nb", re.M), re.sub("a", "b", "AAa", flags=re.IGNORECASE), isinstance(re.I, int))
