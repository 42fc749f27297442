# re: unicode text, spans by code point, classes
import re
s = "naïve café – ok ☃ 😀 end"
print(re.findall(r"\w+", s))
print([m.span() for m in re.finditer(r"\w+", s)])
print(re.sub(r"[^\x00-\x7f]", "?", s))
print(re.search("😀", s).span(), re.split(r"\s+", s))
print(re.findall(r"\d", "12٣४"), re.findall(r"\d", "12٣४", re.A))
print(re.match(r"(?i)straße", "STRASSE"), re.match(r"(?i)é", "É"))
print(re.findall(r"\s", "a\u00a0b\u2003c"))
print(re.sub(r"(.)", r"\1\1", "é☃"))
print(len(re.match(r".*", "ü😀x").group()))
print(re.findall(r"[α-ω]+", "Ελληνικά αβγ δεζ"))
