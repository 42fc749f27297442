# nested unpacking in for loops, comprehensions, and function returns
pairs = [((1, 2), "a"), ((3, 4), "b")]
for (x, y), name in pairs:
    print(name, x + y)
print([n * (p + q) for (p, q), n in [((1, 2), 3), ((0, 5), 2)]])
print({k: v for k, (v, _) in {"a": (1, 0), "b": (2, 0)}.items()})


def divmod_all(nums, d):
    return [(n, *divmod(n, d)) for n in nums]


for n, q, r in divmod_all([7, 10, 3], 3):
    print(n, "=", q, "*3 +", r)

# swapping and rotation
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
# evaluation order: right side fully evaluated first
i = 0
arr = [10, 20, 30]
i, arr[i] = 1, 99
print(i, arr)
# unpack from dict items and zip
for i, (k, v) in enumerate(sorted({"b": 2, "a": 1}.items())):
    print(i, k, v)
for a, (b, (c, d)) in [(1, (2, (3, 4)))]:
    print(a, b, c, d)
# strings as sequences
(a, b), (c, d) = "ab", "cd"
print(a, b, c, d)
# starred in displays
print([*range(3), *"ab"], (*[1], *(2,)), {*"aa", *"b"} == {"a", "b"})
print({**{"a": 1}, "b": 2, **{"a": 3}})
