d = {'a': 1, 'b': 2, 'c': 3}
e = {'b': 20, 'c': 30, 'd': 40}
k = d.keys()
print(sorted(k | e.keys()), sorted(k & e.keys()), sorted(k - e.keys()), sorted(k ^ e.keys()))
print(sorted(k | ['z']), sorted(k & {'a', 'q'}), sorted(k - ('a',)), sorted(k ^ 'ax'))
print(type(k | set()).__name__, type(k & []).__name__)
print(sorted({'a', 'x'} - k), sorted({'a', 'x'} & k), sorted({'x'} | k), sorted({'a', 'x'} ^ k))
i = d.items()
print(sorted(i & {('a', 1), ('b', 9)}), sorted(i - {('a', 1)}), sorted(i | {('z', 0)}))
print(k == {'a', 'b', 'c'}, k == {'a'}, k != {'a'}, k < {'a', 'b', 'c', 'd'}, k <= set('abc'), k > {'a'}, k >= {'a', 'b', 'c', 'd'})
print(k == e.keys(), d.keys() == {'c': 0, 'b': 0, 'a': 0}.keys(), k == ['a', 'b', 'c'], k == frozenset('abc'))
print(i == {('a', 1), ('b', 2), ('c', 3)}, i == {('a', 1)}, {('a', 1)} < i)
v = d.values()
print(v == v, v == d.values(), sorted(v))
print('a' in k, 'z' in k, ('a', 1) in i, ('a', 2) in i, 1 in v)
print(len(k), len(i), len(v), list(reversed(k)), list(reversed(v)))
print(k.isdisjoint({'q'}), k.isdisjoint(['a']))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: k | 1)
t(lambda: k + k)
t(lambda: v | v)
t(lambda: k < 1)
