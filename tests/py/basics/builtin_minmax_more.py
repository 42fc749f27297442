# min/max/sum edge cases
print(max([1, 3, 2]), max(1, 3, 2), max("hello"), max([[1, 2], [1, 3]]), max((5,)))
print(min([], default=0), max((), default="none"), min([3], default=9))
print(max([1, -5, 3], key=abs), min(["bb", "a", "ccc"], key=len), max({"a": 3, "b": 1}, key=lambda k: -ord(k)))
print(max([2, 1, 2], key=lambda x: 0), min([(1, "b"), (1, "a")]))
print(max(iter([4, 9, 1])), min(x * x for x in range(-3, 3)), max(range(5)), max(True, 0))
print(sum([]), sum([], 5), sum(range(101)), sum([0.5] * 4), sum([[1], [2]], []), sum(((1,), (2,)), ()))
print(sum([1, 2], start=10) if True else None, sum(x for x in range(5) if x % 2))
for bad in [lambda: max(), lambda: max([]), lambda: min(1), lambda: max([1, "a"]), lambda: sum([1], "")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(max([float("-inf"), -1e308]), min([0, -0.0]), max(-0.0, 0))
