class mymap(map):
    pass
m = mymap(lambda x: x + 10, range(4))
print(type(m).__name__, list(m), isinstance(m, map))
class E(enumerate):
    def __next__(self):
        i, v = super().__next__()
        return (i * 10, v)
print(list(E("ab")))
class Z(zip):
    extra = 1
z = Z([1, 2], [3, 4])
z.tag = "t"
print(list(z), z.tag, z.extra)
class F(filter): pass
print(list(F(None, [0, 1, 2])))
class R(reversed): pass
print(list(R([1, 2, 3])))
