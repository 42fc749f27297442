# re: compile errors (messages, positions)
import re
for p in ["*", "a**", "(", ")", "[a", "a{2,1}", "(?P<1>a)", "(?P<n>a)(?P<n>b)", "\\", "a\\q",
          "(?<=a+)b", "[z-a]", "(?x", "a\n(", "(?P=x)", "\\1", "x{1,2}{3}", "[]"]:
    try:
        re.compile(p)
        print(repr(p), "ok")
    except re.error as e:
        print(repr(p), "|", e, "|", e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
try:
    re.compile("(")
except Exception as e:
    print(type(e).__name__, isinstance(e, re.error), isinstance(e, Exception))
for t in [r"\3", r"\g<x>", r"\g<", r"\q", "\\"]:
    try:
        re.sub("(a)", t, "a")
    except (re.error, IndexError) as e:
        print(repr(t), type(e).__name__, e)
try:
    re.compile(re.compile("a"), re.I)
except ValueError as e:
    print("ValueError", e)
try:
    re.compile("a", re.A | re.U)
except ValueError as e:
    print("ValueError", e)
