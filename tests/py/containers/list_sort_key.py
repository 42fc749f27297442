# list.sort with key functions
words = ["banana", "Apple", "cherry", "date", "Elder", "fig"]
w = list(words)
w.sort()
print(w)
w.sort(key=str.lower)
print(w)
w.sort(key=len)
print(w)
w.sort(key=len, reverse=True)
print(w)
w.sort(key=lambda s: s[-1])
print(w)
nums = [3, -1, 4, -1, 5, -9, 2, 6]
nums.sort(key=abs)
print(nums)
nums.sort(key=lambda x: -x)
print(nums)
nums.sort(key=None)
print(nums)
nums.sort(key=None, reverse=False)
print(nums)
pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'a')]
pairs.sort()
print(pairs)
pairs.sort(key=lambda p: p[1])
print(pairs)
# key called exactly once per element
calls = []
def k(x):
    calls.append(x)
    return x % 3
l = [5, 4, 3, 2, 1]
l.sort(key=k)
print(l, sorted(calls))
print(len(calls))
# sort returns None
print([2, 1].sort())
