# set operators require sets; methods accept iterables
def show(f):
    try:
        r = f()
        print(type(r).__name__, sorted(r) if isinstance(r, (set, frozenset)) else r)
    except TypeError as e:
        print("TypeError", e)
s = {1, 2}
show(lambda: s | [3])
show(lambda: s & (1,))
show(lambda: s - "a")
show(lambda: s ^ range(2))
show(lambda: [3] | s)
show(lambda: s | frozenset([9]))
show(lambda: frozenset([9]) | s)
show(lambda: frozenset([9]) & s)
show(lambda: frozenset([1, 9]) - s)
show(lambda: s < [1, 2, 3])
show(lambda: s <= (1, 2))
show(lambda: s == [1, 2])
show(lambda: s != (1, 2))
show(lambda: s + {3})
show(lambda: s * 2)
show(lambda: s.union(5))
show(lambda: s.issubset(5))
show(lambda: s.isdisjoint(None))
def ior():
    t = {1}
    t |= [2]
    return t
show(ior)
def iand():
    t = {1}
    t &= {1, 2}
    return t
show(iand)
def isub():
    t = frozenset({1, 2})
    u = t
    t -= {1}
    return (t, u)
print(isub())
show(lambda: {1, 2} == frozenset([1, 2]))
show(lambda: {1, 2} <= frozenset([1, 2, 3]))
