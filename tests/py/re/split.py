# re: split with maxsplit and captured groups
import re
print(re.split(r"\s+", "a b  c   d"))
print(re.split(r"\s+", "a b  c   d", maxsplit=2))
print(re.split(r"\s+", "a b  c   d", 1))
print(re.split(r"(,)", "a,b,c"))
print(re.split(r"(,)|(;)", "a,b;c"))
print(re.split(r",", ",a,,b,"))
print(re.split(r"x", "abc"))
print(re.split(r"\W+", "Words, words, words."))
print(re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"[a-f]+", "0a3B9", flags=re.I))
print(re.compile(r"-").split("1-2-3", 1))
print(re.split(r"\d", "", 0))
