l = [5, 3, 1, 4, 2]
l.sort(); print(l)
l.sort(reverse=True); print(l)
l.sort(key=lambda x: -x); print(l)
l.sort(key=None, reverse=False); print(l)
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b'), (2, 'c'), (1, 'c')]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
w = ['bb', 'a', 'ccc', 'dd', 'e', 'fff']
w.sort(key=len); print(w)
w.sort(key=len, reverse=True); print(w)
big = [(i * 7919) % 101 for i in range(300)]
s = sorted(big); print(s[:10], s[-5:], s == sorted(s))
recs = [(i % 5, i) for i in range(100)]
recs.sort(key=lambda r: r[0]); print(recs[:8], all(recs[i][1] < recs[i+1][1] for i in range(99) if recs[i][0] == recs[i+1][0]))
recs.sort(key=lambda r: r[0], reverse=True); print(recs[:8])
print(sorted("hello"), sorted([3.5, 1, 2.25, True]))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: [1, 'a', 2].sort())
t(lambda: sorted([None, 1]))
t(lambda: [].sort(1))
t(lambda: [].sort(cmp=1))
t(lambda: [3, 2].sort(reverse=None))
t(lambda: [3, 2].sort(key=5))
l = [3, 1, 2]
def k(x):
    l.append(x)
    return x
t(lambda: l.sort(key=k))
print(l)
l = [3, 1, 2]
def k2(x):
    print('len during sort', len(l), l)
    return x
l.sort(key=k2); print(l)
l = [3, 1, 2, 5]
def bad(x):
    if x == 2:
        raise KeyError('boom')
    return x
t(lambda: l.sort(key=bad))
print(sorted(l))
class R:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return 'R(' + str(self.v) + ')'
print(sorted([R(3), R(1), R(2)]))
print(sorted([R(3), R(1), R(2)], reverse=True))
l = [1, 2]; l.sort(reverse=1); print(l)
