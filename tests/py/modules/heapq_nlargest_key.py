# heapq.nlargest / nsmallest with key, n edge values, ties keep input order
import heapq
data = [5, 1, 8, 3, 9, 2, 8]
print(heapq.nlargest(3, data), heapq.nsmallest(3, data), heapq.nlargest(0, data), heapq.nsmallest(-2, data))
print(heapq.nlargest(100, data), heapq.nsmallest(1, data), heapq.nlargest(1, data), heapq.nlargest(3, []))
words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(2, words, key=len))
print(heapq.nsmallest(3, words, key=lambda w: w[-1]), heapq.nlargest(3, words, key=lambda w: w[-1]))
recs = [("a", 2), ("b", 1), ("c", 2), ("d", 1)]
print(heapq.nsmallest(2, recs, key=lambda r: r[1]), heapq.nlargest(2, recs, key=lambda r: r[1]))
print(heapq.nlargest(2, iter(range(10))), heapq.nsmallest(2, "hello"), heapq.nlargest(1, [3, 1], key=None))
try:
    heapq.nlargest(2, [1, "a", 2])
except TypeError as e:
    print("TypeError", e)
try:
    heapq.nsmallest("2", [1])
except TypeError as e:
    print("TypeError", e)
