# match: mapping patterns, **rest, value keys, and get() behaviour
def handle(ev):
    match ev:
        case {"type": "click", "pos": (x, y)}:
            return "click at %d,%d" % (x, y)
        case {"type": "key", "key": str(k), **rest} if not rest:
            return "key %s" % k
        case {"type": "key", **rest}:
            return "key with extras %s" % sorted(rest)
        case {1: one, 2.5: x}:
            return "numeric keys %r %r" % (one, x)
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"


for ev in [{"type": "click", "pos": (1, 2)}, {"type": "click", "pos": [3, 4], "extra": 1},
           {"type": "key", "key": "a"}, {"type": "key", "key": "b", "mod": "ctrl"},
           {"type": "key", "key": 5}, {1: "a", 2.5: "b"}, {}, {"type": "other"}, [("type", 1)]]:
    print(handle(ev))


class Tracking(dict):
    def get(self, k, default=None):
        print("get", k)
        return super().get(k, default)


match Tracking(a=1):
    case {"a": 1, "b": 2}:
        print("no")
    case {"a": v}:
        print("matched a =", v)

from collections import defaultdict
dd = defaultdict(int, {"x": 1})
match dd:
    case {"missing": _}:
        print("defaultdict created key")
    case {"x": 1}:
        print("defaultdict not mutated", sorted(dd))

try:
    exec("match {}:\n    case {'a': 1, 'a': 2}:\n        pass")
except (SyntaxError, ValueError) as e:
    print(type(e).__name__, e)
