# chained assignment: evaluation order and shared objects
a = b = c = []
a.append(1)
print(a, b, c, a is c)
log = []


class T:
    def __setitem__(self, k, v):
        log.append(("set", k, v))


t = T()
t[1] = t[2] = log.append("rhs") or "v"
print(log)
x, y = y, x = 1, 2
print(x, y)
i = 0
lst = [0, 0, 0]
i = lst[i] = 2
print(i, lst)
p = q = r = 5
p += 1
print(p, q, r)
first, *rest = whole = [1, 2, 3]
print(first, rest, whole)
