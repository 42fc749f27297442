l = list(range(10))
for s in [slice(None), slice(2, 8), slice(2, 8, 2), slice(8, 2, -2), slice(None, None, -1),
          slice(-3, None), slice(None, -3), slice(-100, 100), slice(100, -100, -1),
          slice(1, None, 3), slice(None, None, -3), slice(-1, -10, -4), slice(5, 5),
          slice(7, 3), slice(3, 7, -1), slice(0, 10, 100), slice(9, None, -100)]:
    print(s, l[s], tuple(l)[s], "abcdefghij"[s], range(10)[s], list(range(10)[s]) == l[s])
print(l[::2][::-1], l[1:-1][1:-1])
print(l[True:], l[:False])
class I:
    def __index__(self): return 3
print(l[I()], l[I():], l[:I()], l[::I()])
try:
    l[::0]
except ValueError as e:
    print(e)
try:
    l['a':]
except TypeError as e:
    print(e)
try:
    l[1.5]
except TypeError as e:
    print(e)
try:
    l[10]
except IndexError as e:
    print(e)
print(l[-10], l[9])
print(l[2**70:], l[:-2**70], l[-2**70:2**70:2])
print(slice(1, 5, 2).indices(3), slice(None).indices(10), slice(None, None, -1).indices(5))
print(slice(-2**70, 2**70).indices(4), slice(10, -10, -3).indices(7))
