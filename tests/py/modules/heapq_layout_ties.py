# heapq: exact heap layouts (ties included) after heapify/push/pop, merge of infinite inputs
import heapq, itertools
h = [5, 5, 3, 3, 1, 1, 2, 2]
heapq.heapify(h); print(h)
h = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (1, "e")]
heapq.heapify(h); print(h)
h = []
for v in [4, 4, 2, 8, 2, 6, 1, 4]:
    heapq.heappush(h, v)
    print(h)
while h:
    heapq.heappop(h)
    print(h)
h = list(range(10, 0, -1))
heapq.heapify(h); print(h)
print(heapq.heapreplace(h, 7), h)
print(heapq.heappushpop(h, 3), h)
evens = itertools.count(0, 2)
odds = itertools.count(1, 2)
print(list(itertools.islice(heapq.merge(evens, odds), 7)))
print(list(heapq.merge([1, 1], [1], [0, 1], key=None)))
print(list(heapq.merge([3, 2], [3, 1], reverse=True, key=lambda x: x)))
