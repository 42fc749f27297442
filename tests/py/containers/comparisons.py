print([1, 2] < [1, 2, 3], [1, 2] < [1, 3], [2] > [1, 99], [] < [0], [1, 2] == [1, 2], [1, 2] != [1, 2.0])
print([1, [2, 3]] < [1, [2, 4]], [[1]] == [[1]], (1, [2]) == (1, [2]))
print([1] == (1,), (1,) == [1], [1] != (1,))
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print('eq', self.v, getattr(o, 'v', o))
        return isinstance(o, E) and self.v == o.v
    __hash__ = None
print([E(1), E(2)] == [E(1), E(3)])
print(E(5) in [1, E(5)])
print([E(1)].index(E(1)) if False else 'skip')
print((1, 2, 3) <= (1, 2, 3), (1, 2) > (1,), () < (0,), ((1, 2), 3) < ((1, 3), 0))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: [1] < (1,))
t(lambda: [1] < ['a'])
t(lambda: (1, 'a') < (1, 2))
t(lambda: [1, 2] < [1, 2, 'x'])
t(lambda: {1} < {'a'})
t(lambda: [] > None)
print(list.__eq__([1], (1,)), list.__lt__([1], 5), tuple.__ge__((1,), [1]))
print(max([[1, 2], [1, 3], [0, 9]]), min([(2, 'b'), (2, 'a')]))
print(sorted([[3], [1, 2], [1], []]))
