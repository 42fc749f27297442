# errors from list.sort / sorted
def show(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: [1, "a"].sort())
show(lambda: [1, None, 2].sort())
show(lambda: sorted([3, 2j]))
show(lambda: [1, 2].sort(lambda x: x))
show(lambda: [1, 2].sort(key=1))
show(lambda: [1, 2].sort(reversed=True))
show(lambda: [1, 2].sort(key=len))
show(lambda: sorted())
show(lambda: sorted([1], [2]))
show(lambda: sorted([3, 1], key=None, reverse=1))
show(lambda: sorted(5))
show(lambda: sorted([2, 1], cmp=None))
show(lambda: sorted([2, 1], reverse="yes"))
show(lambda: [2, 1].sort(reverse=None))
show(lambda: sorted(iterable=[1]))
# list modified during sort
l = [3, 2, 1]
def bad(x):
    l.append(x)
    return x
show(lambda: l.sort(key=bad))
print(l)
# exception from key leaves list intact-ish (length preserved)
m = [3, 1, 2]
def boom(x):
    if x == 2:
        raise KeyError(x)
    return x
show(lambda: m.sort(key=boom))
print(sorted(m))
