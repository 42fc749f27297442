# functools.partialmethod and cached_property behaviour
import functools
class Cell:
    def __init__(self):
        self.state = None
    def set_state(self, v, tag=""):
        self.state = (v, tag)
    on = functools.partialmethod(set_state, True)
    off = functools.partialmethod(set_state, False, tag="x")
c = Cell()
c.on(); print(c.state)
c.off(); print(c.state)
c.on(tag="t"); print(c.state)
class Data:
    calls = 0
    def __init__(self, n):
        self.n = n
    @functools.cached_property
    def square(self):
        Data.calls += 1
        return self.n * self.n
d = Data(4)
print(d.square, d.square, Data.calls, "square" in d.__dict__)
d.square = 99
print(d.square)
del d.square
print(d.square, Data.calls)
print(isinstance(Data.square, functools.cached_property))
class NoDict:
    __slots__ = ("n",)
    @functools.cached_property
    def val(self):
        return 1
try:
    NoDict().val
except TypeError as e:
    print("TypeError", str(e)[:60])
