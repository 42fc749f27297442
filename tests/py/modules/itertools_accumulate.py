from itertools import accumulate
import operator

print(list(accumulate([1, 2, 3, 4])), list(accumulate([])))
print(list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], initial=10)), list(accumulate([], initial=7)))
print(list(accumulate([1, 2, 3], lambda a, b: a - b, initial=0)))
print(list(accumulate(["a", "b", "c"])), list(accumulate([[1], [2]])))
print(list(accumulate([1.5, 2.5], func=operator.add, initial=None)))
try:
    list(accumulate([1, "a"]))
except TypeError as e:
    print("TypeError", e)
try:
    accumulate(5)
except TypeError as e:
    print("TypeError", e)
