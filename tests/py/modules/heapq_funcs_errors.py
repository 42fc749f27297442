import heapq

h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(h[0], [heapq.heappop(h) for _ in range(3)], len(h))
print(heapq.heappushpop(h, 0), heapq.heappushpop(h, 100), heapq.heapreplace(h, 4), h)
x = [9, 7, 5, 3, 1]
heapq.heapify(x)
print(x[0], sorted(x))
print(heapq.nlargest(2, [1, 5, 3, 9]), heapq.nsmallest(2, [1, 5, 3, 9]), heapq.nlargest(0, [1]))
print(heapq.nlargest(2, ["aa", "b", "ccc"], key=len), heapq.nsmallest(5, [3, 1]))
print(list(heapq.merge([1, 4, 7], [2, 5], [3])), list(heapq.merge([3, 1], [2], reverse=True)))
print(list(heapq.merge(["a", "ccc"], ["bb"], key=len)))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print("IndexError", e)
try:
    heapq.heappush((), 1)
except TypeError as e:
    print("TypeError", e)
try:
    heapq.heapify(5)
except TypeError as e:
    print("TypeError", e)
hh = [(2, "b"), (1, "a")]
heapq.heapify(hh)
print(heapq.heappop(hh))
