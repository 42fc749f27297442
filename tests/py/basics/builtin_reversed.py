# reversed on sequences, custom classes and errors
print(list(reversed([1, 2, 3])), list(reversed((4, 5))), list(reversed("abc")))
print(list(reversed(range(5))), list(reversed(b"xy")), list(reversed(bytearray(b"pq"))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Seq())))
class Rev:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed(Rev())))
def show(f):
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__, ex)
show(lambda: reversed(5))
show(lambda: reversed({1, 2}))
show(lambda: reversed(x for x in "a"))
show(lambda: reversed())
show(lambda: reversed([1], [2]))
class NoLen:
    def __getitem__(self, i):
        return i
show(lambda: reversed(NoLen()))
class NoneRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
show(lambda: reversed(NoneRev()))
r = reversed([1, 2])
print(iter(r) is r, next(r), next(r), next(r, "end"))
