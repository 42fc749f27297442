# container dunders: __getitem__ with slices, __setitem__, __delitem__, __len__, __reversed__
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}

    def __getitem__(self, pos):
        if isinstance(pos, slice):
            return "slice(%r, %r, %r)" % (pos.start, pos.stop, pos.step)
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError("cell %r out of range" % (pos,))
        return self.cells.get(pos, ".")

    def __setitem__(self, pos, v):
        self.cells[pos] = v

    def __delitem__(self, pos):
        del self.cells[pos]

    def __len__(self):
        return self.w * self.h

    def __reversed__(self):
        return iter(["reversed"])


g = Grid(3, 2)
g[1, 1] = "#"
g[0, 0] = "@"
print(g[1, 1], g[2, 1], len(g), g[1:5], g[::2], g[:, 1] if False else g[1:2:3])
del g[0, 0]
print(g[0, 0], list(reversed(g)))
try:
    g[5, 5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    del g[2, 0]
except KeyError as e:
    print(type(e).__name__, e)


class ReadOnly:
    def __getitem__(self, i):
        return i


r = ReadOnly()
for stmt in ["r[0] = 1", "del r[0]", "len(r)", "reversed(r)"]:
    try:
        exec(stmt)
    except TypeError as e:
        print(type(e).__name__, e)
print(r[1:2], r[..., 1], r["key"])
