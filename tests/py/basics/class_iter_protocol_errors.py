# iteration protocol misuse and edge cases in user classes
class NoNext:
    def __iter__(self):
        return self
try:
    for _ in NoNext():
        pass
except TypeError as e:
    print("TypeError", e)
class IterReturnsList:
    def __iter__(self):
        return [1, 2]
try:
    list(IterReturnsList())
except TypeError as e:
    print("TypeError", e)
class GetItemStop:
    def __getitem__(self, i):
        if i == 3:
            raise StopIteration
        return i
print(list(GetItemStop()))
class GetItemKeyError:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(GetItemKeyError())
except KeyError as e:
    print("KeyError", e)
class Infinite:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        return self.n
inf = Infinite()
for v in inf:
    if v > 4:
        break
print(v, next(inf))
print(list(zip(Infinite(), "abc")))
