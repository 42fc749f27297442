# dict equality and ordering comparisons
print({1: 2} == {1: 2}, {1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} == {1: 3})
print({1: 2} == {1.0: 2.0}, {} == {}, {1: 2} != {1: 2}, {1: 2} == [(1, 2)])
for op in ("<", "<=", ">", ">="):
    try:
        print(eval("{1: 2} %s {1: 2}" % op))
    except TypeError as e:
        print("TypeError", e)
try:
    print({} < [])
except TypeError as e:
    print("TypeError", e)
nan = float("nan")
print({1: nan} == {1: nan})
n = nan
print({1: n} == {1: n})
class Noisy:
    def __eq__(self, o):
        print("compare")
        return True
    __hash__ = object.__hash__
print({1: Noisy()} == {1: 5})
print({"a": [1, 2]} == {"a": [1, 2]}, {"a": {"b": 1}} == {"a": {"b": 1.0}})
print(dict.__eq__({1: 2}, {1: 2}), dict.__eq__({}, 5), dict.__ne__({}, {1: 1}))
print({1: 2}.__lt__({}))
