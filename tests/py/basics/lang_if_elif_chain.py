# if/elif/else chains, truthiness of conditions, nested ifs
def classify(x):
    if x is None:
        return "none"
    elif isinstance(x, bool):
        return "bool"
    elif isinstance(x, int) and x < 0:
        return "negint"
    elif isinstance(x, int):
        if x == 0:
            return "zero"
        elif x % 2:
            return "odd"
        else:
            return "even"
    elif not x:
        return "empty"
    else:
        return "other"


for v in [None, True, False, -3, 0, 7, 8, "", [], (), {}, "a", [0], 0.0, 1.5]:
    print(repr(v), classify(v))

# conditions evaluated lazily, in order
log = []


def t(name, val):
    log.append(name)
    return val


if t("a", 0):
    pass
elif t("b", "") or t("c", [1]):
    log.append("body-c")
elif t("d", 1):
    pass
print(log)

# empty-body-like constructs
if 1:
    pass
else:
    print("unreachable")
x = 5
if x > 3: print("one-line if")
if x < 3: print("no")
else: print("one-line else")
