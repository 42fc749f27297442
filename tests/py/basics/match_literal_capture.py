# match: literal, capture, wildcard, or-patterns, value patterns
class Consts:
    RED = "red"
    LIMIT = 10


def describe(x):
    match x:
        case 0 | 1:
            return "bit"
        case True:
            return "unreachable True (1 matched first)"
        case None:
            return "none"
        case "hello" | "hi":
            return "greeting"
        case Consts.RED:
            return "the red constant"
        case -5:
            return "minus five"
        case 2.5:
            return "two and a half"
        case 1 + 2j:
            return "complex"
        case b"raw":
            return "bytes"
        case str() as s if len(s) > 3:
            return "long string " + s
        case other:
            return "other %r" % (other,)


for v in [0, 1, True, False, None, "hi", "red", -5, 2.5, 1 + 2j, b"raw", "abcd", "ab", 7.0, []]:
    print(repr(v), "->", describe(v))


def wildcard(x):
    match x:
        case _:
            return "always"


print(wildcard(object) == "always")
# capture binds even in the enclosing scope
match [1, 2]:
    case captured:
        pass
print(captured)
