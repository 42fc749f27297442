# slice objects as values
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(5).start, slice(None), slice(1, None))
data = list(range(10))
print(data[s], "abcdefghij"[s], tuple(data)[s], data[slice(None, None, -1)], data[slice(-3, None)])
print(s.indices(5), slice(None, None, -1).indices(10), slice(-100, 100).indices(7), slice(2, -2, 3).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3))
class Rec:
    def __getitem__(self, k):
        return k
r = Rec()
print(r[1:2], r[::], r[:5], r[1:2:3], r[::-1])
k = r[1:2]
print(type(k).__name__, k.start, k.stop, k.step)
lst = list(range(8))
lst[slice(0, 4)] = "ab"
print(lst)
del lst[slice(None, None, 2)]
print(lst)
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError", e)
