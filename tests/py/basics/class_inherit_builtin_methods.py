# subclasses of builtins: overridden methods, super() calls, and which methods use overrides
class LoudList(list):
    def append(self, x):
        print("append", x)
        super().append(x)

    def __getitem__(self, i):
        return super().__getitem__(i) * 10 if isinstance(i, int) else super().__getitem__(i)


l = LoudList([1, 2])
l.append(3)
print(l, l[0], l[0:2], list(l), sum(l), type(l[0:2]).__name__)
l.extend([4])   # extend does not call append
print(len(l), l == [1, 2, 3, 4], isinstance(l, list))


class DefaultDict(dict):
    def __missing__(self, k):
        return "missing:" + k


d = DefaultDict(a="1")
print(d["a"], d["zz"], d.get("zz"), "zz" in d)


class Str(str):
    def __len__(self):
        return 99


s = Str("abc")
print(len(s), s.upper(), type(s.upper()).__name__, s + "d", type(s + "d").__name__)
