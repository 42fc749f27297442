# heapq
import heapq
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(h[0], len(h))
print([heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print(data[0], sorted(data) == [1, 2, 4, 7, 8, 9])
print(heapq.heappushpop(data, 0) if hasattr(heapq, "heappushpop") else 0, heapq.heappop(data))
tasks = []
for prio, name in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also-urgent")]:
    heapq.heappush(tasks, (prio, name))
while tasks:
    print(heapq.heappop(tasks))
try:
    heapq.heappop([])
except IndexError:
    print("IndexError empty heap")
