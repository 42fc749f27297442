# match: sequence patterns with star, nested sequences, and type restrictions
def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return "one %r" % (a,)
        case [a, b] if a == b:
            return "pair of equal %r" % (a,)
        case [a, b]:
            return "pair %r %r" % (a, b)
        case [first, *_, last] if first == last:
            return "bookends %r" % (first,)
        case [0, *rest]:
            return "zero then %r" % (rest,)
        case [[x, y], *others]:
            return "nested start %r %r, %d more" % (x, y, len(others))
        case [*init, "end"]:
            return "ends with end after %r" % (init,)
        case (a, b, c):
            return "triple %r" % ((a, b, c),)
        case _:
            return "something else"


for v in [[], [1], (2,), [3, 3], (4, 5), [1, 2, 1], [0, 9, 8], [[1, 2], 3, 4], ["a", "end"],
          (7, 8, 9), [1, 2, 3, 4], "ab", b"ab", {"a": 1}, range(2), iter([1])]:
    print(repr(v) if not hasattr(v, "__next__") else "iterator", "->", seq(v))


# star capture is always a list
match (1, 2, 3):
    case (head, *tail):
        print(type(tail).__name__, head, tail)
match "string":
    case [*chars]:
        print("matched str as sequence")
    case str():
        print("str is not a sequence pattern")
# bytearray also excluded
match bytearray(b"x"):
    case [_]:
        print("no")
    case _:
        print("bytearray not matched as sequence")
