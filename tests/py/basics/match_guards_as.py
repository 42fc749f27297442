# match: guards, as-patterns, binding visibility, evaluation order
log = []


def g(name, result):
    log.append(name)
    return result


def run(v):
    log.clear()
    match v:
        case [x, y] if g("guard1", x > y):
            r = "desc"
        case [x, y] if g("guard2", x < y):
            r = "asc"
        case [x, _] as whole if g("guard3", True):
            r = "flat %r" % (whole,)
        case (1 | 2 | 3) as small:
            r = "small %d" % small
        case [(1 | 2) as a, *(_ as b)]:
            r = "a=%r b=%r" % (a, b)
        case _:
            r = "none"
    return r, list(log)


for v in [[2, 1], [1, 2], [5, 5], 2, [1, 7, 8], "x"]:
    print(v, run(v))

# captures from a failed guard remain bound
match (10, 20):
    case (p, q) if p > q:
        pass
    case _:
        print("guard failed but p, q =", p, q)

# name bound in or-pattern alternatives must be the same
for src in ["match 1:\n case [x] | y: pass", "match 1:\n case x | 1: pass",
            "match 1:\n case [x, x]: pass", "match 1:\n case _ as _: pass"]:
    try:
        exec(src)
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)

# match subject evaluated once
calls = []


def subject():
    calls.append(1)
    return 3


match subject():
    case 1:
        pass
    case 2:
        pass
    case 3:
        print("three, subject calls:", len(calls))
