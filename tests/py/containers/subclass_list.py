class L(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.tag = 'L'
l = L([3, 1, 2])
print(l, type(l).__name__, len(l), l.tag, isinstance(l, list))
l.append(4); l.sort(); print(l, l[0], l[-1], l[1:3], type(l[1:3]).__name__)
print(l + [5], type(l + [5]).__name__, type(l * 2).__name__, l == [1, 2, 3, 4], [1, 2, 3, 4] == l)
l += [9]; print(l, type(l).__name__)
class Logged(list):
    def append(self, x):
        print('append', x)
        super().append(x * 10)
    def __getitem__(self, i):
        print('get', i)
        return super().__getitem__(i)
    def __setitem__(self, i, v):
        print('set', i, v)
        super().__setitem__(i, v)
    def __len__(self):
        return super().__len__() + 100
g = Logged([1, 2])
g.append(3)
print(g[0], list.__len__(g), len(g))
g[0] = 'x'; g[1:2] = ['y', 'z']
print(list(g), g)
print(list(iter(g)), 'x' in g)
class Stack(list):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
s = Stack()
s.push(1); s.push(2); print(s.peek(), s.pop(), s, repr(s))
class R(list):
    def __repr__(self): return 'R' + super().__repr__()
print(R([1, 2]), [R([3])])
class Eq(list):
    def __eq__(self, o): return 'custom'
print(Eq() == [], [] == Eq())
class Add(list):
    def __add__(self, o): return 'added'
    def __radd__(self, o): return 'radded'
print(Add() + [1], [1] + Add())
l2 = L(); print(l2, bool(l2), bool(L([0])))
x = L('ab'); x.extend('cd'); del x[0]; print(x, x.index('c'), x.count('d'))
print(sorted(L([3, 2, 1])), list(reversed(L([1, 2]))), L([1]) * 3, 2 * L([1]))
