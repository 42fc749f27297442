# and/or/not: short-circuit evaluation and returned operands
log = []


def v(name, val):
    log.append(name)
    return val


print(v("a", 0) and v("b", 1), log)
log.clear()
print(v("a", 2) and v("b", 0) and v("c", 3), log)
log.clear()
print(v("a", "") or v("b", []) or v("c", "last"), log)
log.clear()
print(v("a", "first") or v("b", 1), log)
log.clear()
print(not v("a", []), not v("b", [0]), log)
print(1 and 2, 0 and 2, 1 or 2, 0 or 0.0, None or {}, [] and 1)
print(True + True, (1 < 2) and "yes", not 0 == 1, (not 0) == 1)
x = 5
print(0 < x and x < 10 or "out", x > 10 or x < 0 or "in range")
# operand objects are returned untouched
a = [1]
print((a or []) is a, (None and a) is None)


class Loud:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        log.append("bool %r" % self.v)
        return bool(self.v)


log.clear()
r = Loud(0) or Loud(1)
print(r.v, log)
log.clear()
if Loud(1) and Loud(2):
    pass
print(log)
