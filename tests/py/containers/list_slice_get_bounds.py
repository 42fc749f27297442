# slicing with huge, negative and None bounds
l = list(range(8))
print(l[-100:100], l[100:-100], l[3:-3], l[-3:3], l[:-1], l[::-1][:2])
print(l[1 << 70:], l[:1 << 70], l[-(1 << 70):2], l[::1 << 70], l[::-(1 << 70)])
print(l[None:None:None], l[None:3], l[5:None:-2], l[slice(2, 6)], l[slice(None, None, 3)])
print(l[7:0:-1], l[7:-9:-1], l[-1:-9:-3], l[0:7:-1])
class I:
    def __index__(self):
        return 2
print(l[I():], l[:I()], l[::I()], l[I():I()])
s = slice(1, 10, 2)
print(s.indices(5), s.indices(20), slice(None, None, -1).indices(4), slice(-100, 100).indices(3))
t = tuple(l)
print(t[2::3], t[::-3], "abcdefgh"[1::2], "abcdefgh"[::-3], b"abcdef"[::2], range(8)[::3])
try:
    l[1:2:0]
except ValueError as e:
    print("ValueError", e)
try:
    l[1.5:]
except TypeError as e:
    print("TypeError", e)
