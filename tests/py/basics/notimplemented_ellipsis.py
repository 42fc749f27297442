# NotImplemented and Ellipsis singletons
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
print(Ellipsis, ..., repr(...), ... is Ellipsis, type(...).__name__)
def stub():
    ...
print(stub())
x = [1, ..., 3]
print(x, x[1] is Ellipsis, ... in x)
class Arr:
    def __getitem__(self, key):
        return "full" if key is ... else key
print(Arr()[...], Arr()[1, ...])
class Cmp:
    def __eq__(self, o):
        return NotImplemented
print(Cmp() == Cmp(), Cmp() != 1, (1).__eq__("x") is NotImplemented, "x".__eq__(1) is NotImplemented)
print((1).__add__("x") is NotImplemented, [].__eq__(()) is NotImplemented)
