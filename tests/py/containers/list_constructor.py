# list() constructor forms
print(list())
print(list([1, 2]), list((1,)), list("ab"), list(b"ab"), list(range(2, 5)))
print(list({"a": 1, "b": 2}), list({"a": 1}.items()), list({"a": 1}.values()))
print(list(iter([4, 5])), list(x for x in "xy"), list(map(str, [1, 2])))
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: list(1))
show(lambda: list(None))
show(lambda: list([1], [2]))
show(lambda: list(x=1))
show(lambda: list(iterable=[1]))
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(It()))
class GetItem:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
print(list(GetItem()))
class Bad:
    def __iter__(self):
        return 5
show(lambda: list(Bad()))
l = [1, 2, 3]
l.__init__("xy")
print(l)
