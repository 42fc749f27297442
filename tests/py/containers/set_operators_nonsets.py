# set operators require sets (or frozensets / dict key views), methods accept any iterable
s = {1, 2, 3}
f = frozenset({2, 3, 4})
print(s | f, s & f, s - f, s ^ f, f | s, f & s, f - s, f ^ s)
print(type(s | f).__name__, type(f | s).__name__, type(f & s).__name__, type(f - s).__name__)
print(s | {}.keys(), s & {2: 0}.keys(), {3: 0}.keys() | s, {1: 0}.items() | s)
def t(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: s | [4])
t(lambda: s & (1,))
t(lambda: s - range(2))
t(lambda: s ^ "ab")
t(lambda: [4] | s)
t(lambda: f | [1])
t(lambda: s < [1, 2, 3, 4])
t(lambda: s <= 5)
t(lambda: s == [1, 2, 3])
t(lambda: s.__or__([4]))
t(lambda: s.__lt__([4]))
t(lambda: s.__ior__([1]))
x = {1}
def ior():
    global x
    x |= [2]
t(ior)
def iand():
    global x
    x &= "a"
t(iand)
y = x
x |= {5}
x -= {1}
x ^= {6, 5}
x &= {6, 1, 7}
print(x, y is x)
g = f
g |= {9}
print(g, f, g is f)
print(s < {1, 2, 3, 4}, s <= s, s > {1}, s >= f, f > frozenset(), {1} < frozenset({1, 2}), set() == frozenset())
print(s == {1.0, 2.0, 3.0}, {1, 2} != {2, 1}, hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
