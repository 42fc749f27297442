import string

f = string.Formatter()
for s in ["plain", "{}", "a{{b}}c", "{0!s}", "{x[0]:>{w}}", "{a.b!r:^10}", "x{}y{}z", "{0:}", "{:d}{{"]:
    print(repr(s), list(f.parse(s)))
for bad in ["{", "}", "{0!rx}", "x{0", "a}b"]:
    try:
        print(list(f.parse(bad)))
    except ValueError as e:
        print(repr(bad), "ValueError", e)
print(f.format("{:>5}|{name!r}", 42, name="n"))
