# heapq.merge with key=, reverse=, empty inputs, laziness, stability
import heapq
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge()), list(heapq.merge([], [1])))
print(list(heapq.merge(["bb", "cccc"], ["a", "ddd"], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
print(list(heapq.merge([(1, "a"), (2, "a")], [(1, "b"), (2, "b")], key=lambda t: t[0])))
print(list(heapq.merge("ace", "bdf")), list(heapq.merge(iter([1, 3]), (x for x in [2]))))
m = heapq.merge([1, 2], [3])
print(next(m), list(m))
print(list(heapq.merge([3, 1], [2], key=lambda x: -x)))
try:
    list(heapq.merge([1], ["a"]))
except TypeError as e:
    print("TypeError", e)
try:
    list(heapq.merge([1], 5))
except TypeError as e:
    print("TypeError", e)
