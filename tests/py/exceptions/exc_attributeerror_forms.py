# AttributeError messages for instances, classes, modules, builtins and None
import math


class K:
    cls_attr = 1

    def __init__(self):
        self.inst = 2


cases = [
    lambda: K().missing,
    lambda: K.missing,
    lambda: math.nosuch,
    lambda: None.attr,
    lambda: (1).real.nope,
    lambda: "s".nope,
    lambda: [].nope,
    lambda: len.nope,
    lambda: setattr(1, "x", 2),
    lambda: setattr("s", "upper", 2),
    lambda: delattr(K(), "nope"),
    lambda: setattr(object(), "a", 1),
    lambda: type.nope,
]
for c in cases:
    try:
        c()
        print("no error")
    except AttributeError as e:
        print(type(e).__name__, "|", e)
print(getattr(K(), "inst"), getattr(K, "cls_attr"), getattr(K, "zz", "default"))
try:
    getattr(K(), 5)
except TypeError as e:
    print(type(e).__name__, "|", e)
