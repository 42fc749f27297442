# del c[k] on objects that do not support item deletion: CPython's two wordings
class A:
    pass
class G:
    def __getitem__(self, k):
        return k
class I:
    def __index__(self):
        return 0
import types
targets = [(1,), "ab", b"ab", range(3), frozenset(), {1}, {}.keys(), 5, 1.5, None, A(), G(), len, types.MappingProxyType({})]
for c in targets:
    for k in (0, "k", slice(1), I(), True):
        try:
            del c[k]
        except TypeError as e:
            print(type(c).__name__, type(k).__name__, e)
