# functools.reduce with initial, empty sequences, iterators and errors
from functools import reduce
import operator
print(reduce(operator.add, [1, 2, 3]), reduce(operator.add, [1, 2, 3], 10), reduce(operator.add, [], 0))
print(reduce(lambda a, b: a + [b], "abc", []), reduce(operator.mul, range(1, 6)), reduce(max, [3], 0))
print(reduce(operator.add, iter(["x", "y"])), reduce(lambda a, b: b, [1]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError", e)
try:
    reduce(operator.add, 5)
except TypeError as e:
    print("TypeError", e)
try:
    reduce(operator.add)
except TypeError as e:
    print("TypeError", e)
try:
    reduce(1, [1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    reduce(operator.add, [1, "a"])
except TypeError as e:
    print("TypeError", e)
def boom(a, b):
    raise ValueError("boom %r %r" % (a, b))
try:
    reduce(boom, [1, 2, 3])
except ValueError as e:
    print("ValueError", e)
print(reduce(operator.add, [], "init"), reduce(operator.add, (x for x in range(5)), 100))
