# heapq heappush/heappop/heapify/heapreplace/heappushpop: invariants and errors
import heapq
h = []
for v in [5, 3, 8, 1, 9, 2]:
    heapq.heappush(h, v)
print(h[0], [heapq.heappop(h) for _ in range(3)], sorted(h))
h = [9, 7, 5, 3, 1]
heapq.heapify(h)
print(h[0], heapq.heapreplace(h, 6), heapq.heappushpop(h, 0), heapq.heappushpop(h, 10), sorted(h))
print(heapq.heappushpop([], 5))
for f, a in [(heapq.heappop, ([],)), (heapq.heapreplace, ([], 1)), (heapq.heappush, ((), 1)),
             (heapq.heapify, ((3, 1),)), (heapq.heappop, (None,)), (heapq.heappush, ([],)),
             (heapq.heapify, ([], 1)), (heapq.heappush, ([1], "a"))]:
    try:
        print(f(*a))
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
t = [(2, "b"), (1, "a"), (1, "0")]
heapq.heapify(t)
print([heapq.heappop(t) for _ in range(3)])
