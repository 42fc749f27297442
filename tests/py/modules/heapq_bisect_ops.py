# heapq and bisect
import heapq, bisect
h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h[0], len(h), [heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 2, 6]
heapq.heapify(data)
print(data[0], sorted(data) == [1, 2, 2, 4, 6, 7, 8, 9])
print(heapq.heappushpop(data, 0), heapq.heappushpop(data, 5), heapq.heapreplace(data, 10), data[0])
out = []
while data:
    out.append(heapq.heappop(data))
print(out)
print(heapq.nlargest(3, [4, 1, 7, 3, 9]), heapq.nsmallest(2, [4, 1, 7, 3, 9]))
print(heapq.nsmallest(2, ["ccc", "a", "bb"], key=len), heapq.nlargest(1, [(1, "a"), (3, "b")]))
print(list(heapq.merge([1, 4, 7], [2, 5], [0, 9])))
t = []
for item in [(3, "c"), (1, "a"), (2, "b")]:
    heapq.heappush(t, item)
print([heapq.heappop(t)[1] for _ in range(3)])
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
a = [1, 2, 4, 4, 4, 7, 9]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 10))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 4), bisect.bisect_left(a, 5))
bisect.insort(a, 5)
bisect.insort_left(a, 4)
bisect.insort_right(a, 0)
print(a)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
try:
    bisect.bisect([1], 1, -1)
except ValueError as e:
    print("ValueError", e)
