from itertools import (chain, compress, count, cycle, dropwhile, filterfalse, groupby,
                       repeat, starmap, takewhile, tee, pairwise)

print(list(chain()), list(chain("ab", [], (1,))), list(chain.from_iterable(["ab", "c"])))
print(list(compress("abcdef", [1, 0, 1, 0, 1])), list(compress("abc", [])))
print(list(zip(count(5, -2), range(3))), list(zip(count(0.5, 0.25), "ab")), repr(count(3)), repr(count(1, 2)))
c = cycle("ab"); print([next(c) for _ in range(5)]), print(list(cycle([])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(dropwhile(bool, [])))
print(list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(takewhile(bool, [0, 1])))
print(list(filterfalse(None, [0, 1, "", "a"])), list(filterfalse(lambda x: x % 2, range(6))))
print([(k, list(g)) for k, g in groupby("aaabccaa")])
print([(k, len(list(g))) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
print(list(groupby([])))
print(list(repeat("x", 3)), list(repeat("x", 0)), list(repeat("x", -2)), repr(repeat(1, 2)))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(starmap(max, [])))
a, b = tee([1, 2, 3]); print(list(a), list(b))
print(len(tee("ab", 3)), tee("ab", 0))
try:
    tee("a", -1)
except ValueError as e:
    print("ValueError", e)
print(list(pairwise("abcd")), list(pairwise("a")), list(pairwise([])))
try:
    list(starmap(pow, [1]))
except TypeError as e:
    print("TypeError", e)
