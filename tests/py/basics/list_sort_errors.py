# exceptions during sort: from key functions and comparisons
data = [3, 1, "two", 4]
try:
    data.sort()
except TypeError as e:
    print("TypeError", e)
print(sorted(data, key=str))
def bad_key(x):
    if x == 2:
        raise ValueError("key failed on 2")
    return -x
nums = [5, 2, 8, 1]
try:
    nums.sort(key=bad_key)
except ValueError as e:
    print("ValueError", e)
print(sorted(nums))
try:
    sorted([1, 2], key=lambda x: [] if x == 1 else 0)
except TypeError as e:
    print("TypeError", e)
print(sorted([[1, 2], [1], []]), sorted([(1, None), (0, None)]))
try:
    sorted([(1, None), (1, None)])
except TypeError as e:
    print("TypeError", e)
print(sorted([], key=lambda x: 1 / 0), sorted([42], key=lambda x: 1 / 0) if False else [42])
