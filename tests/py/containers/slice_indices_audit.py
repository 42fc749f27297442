# slice objects: indices(), attributes, comparison, hashing and errors
for s in [slice(None), slice(2), slice(1, 8, 2), slice(-3, None), slice(None, None, -1), slice(10, -10, -3),
          slice(-100, 100), slice(5, 2), slice(None, None, 5), slice(3, None, -1)]:
    print(s, s.indices(10), s.indices(0), s.indices(3), len(range(10)[s]))
s = slice(1, "a", [2])
print(s.start, s.stop, s.step, repr(s))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3), slice(0) == slice(None, 0))
def t(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: slice(None, None, 0).indices(5))
t(lambda: slice(1).indices(-1))
t(lambda: slice(1).indices("5"))
t(lambda: slice("a").indices(5))
t(lambda: slice(1.5).indices(5))
t(lambda: slice())
t(lambda: slice(1, 2, 3, 4))
t(lambda: slice(x=1))
t(lambda: slice(1).indices())
t(lambda: slice(1) < 5)
t(lambda: hash(slice(1)))
t(lambda: setattr(slice(1), "start", 2))
t(lambda: slice(1, 2, 3).indices(2**70))
t(lambda: slice(2**70, -2**70, -1).indices(10))
t(lambda: slice(None, None, 2**70).indices(5))
t(lambda: slice.indices(5, 1))
class I:
    def __index__(self):
        return 2
print(slice(I(), None).indices(5), [0, 1, 2, 3][slice(I())], "abcd"[I():])
