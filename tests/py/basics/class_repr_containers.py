# reprs of user objects nested inside builtin containers and formatting
class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return "P(%r)" % (self.x,)
items = [P(1), P("s"), P([P(2)])]
print(items)
print(tuple(items[:1]), {"k": P(None)}, {P(3).x})
print(str(items), repr(items) == str(items), "%s|%r" % (items[0], items[0]), "{}".format(items[1]), f"{items[2]}")
print(sorted([P(3), P(1)], key=lambda p: p.x))
class NoRepr:
    pass
class StrDiff:
    def __str__(self):
        return "STR"
    def __repr__(self):
        return "REPR"
print(StrDiff(), [StrDiff()], (StrDiff(),), str(StrDiff()), "%s %r" % (StrDiff(), StrDiff()))
