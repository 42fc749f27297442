# container protocol fallbacks: __contains__ via __iter__ or __getitem__, reversed via __len__/__getitem__
class IterOnly:
    def __iter__(self):
        print("iterating")
        return iter([1, 2, 3])
print(2 in IterOnly(), 5 in IterOnly())
class GetItemOnly:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError(i)
        return i * 2
print(4 in GetItemOnly(), 5 in GetItemOnly(), list(GetItemOnly()))
class SeqLike:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if not 0 <= i < 3:
            raise IndexError
        return "abc"[i]
print(list(reversed(SeqLike())), "".join(SeqLike()), sorted(SeqLike(), reverse=True))
class Rev:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Rev())))
class LenOnly:
    def __len__(self):
        return 0
print(bool(LenOnly()), not LenOnly())
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(Both()))
class Mapping:
    def __init__(self):
        self.d = {"a": 1, "b": 2}
    def keys(self):
        return self.d.keys()
    def __getitem__(self, k):
        return self.d[k] * 100
print(dict(Mapping()), {**Mapping()})
def f(**kw):
    return sorted(kw.items())
print(f(**Mapping()))
