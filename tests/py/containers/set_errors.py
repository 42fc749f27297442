def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: set(1, 2))
t(lambda: set(x=1))
t(lambda: set(5))
t(lambda: set().pop())
t(lambda: set().remove(1))
t(lambda: set().remove([]))
t(lambda: {1}.remove({2}))
t(lambda: set().add())
t(lambda: set().add([]))
t(lambda: {[]})
t(lambda: set([[1]]))
t(lambda: {1} | [1])
t(lambda: {1} & 'a')
t(lambda: {1} - (1,))
t(lambda: {1} ^ None)
t(lambda: {1} < [1])
t(lambda: {1} <= 1)
t(lambda: [] in {1})
t(lambda: {1}.issubset(1))
t(lambda: {1}.update(1))
t(lambda: {1}.union([1], 3))
t(lambda: set.union())
t(lambda: set.add(frozenset(), 1))
t(lambda: {1}.symmetric_difference([1], [2]))
t(lambda: {1}.isdisjoint())
t(lambda: hash({1}))
t(lambda: frozenset([[]]))
t(lambda: frozenset(1, 2))
t(lambda: frozenset(a=1))
t(lambda: frozenset().add)
s = {1}
def f():
    s |= [2]
t(f)
def g():
    x = frozenset({1})
    x |= {2}
    return x
t(g)
