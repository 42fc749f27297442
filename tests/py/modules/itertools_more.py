# itertools combined into pipelines
import itertools as it
print(list(it.islice(it.count(1), 0, 20, 5)), list(it.islice("abcdef", 3)), list(it.islice("abcdef", 2, None)))
evens = (x for x in it.count() if x % 2 == 0)
print(list(it.islice(evens, 5)))
pairs = list(it.combinations("abcd", 2))
print(len(pairs), pairs[:3], len(list(it.permutations(range(5), 3))), len(list(it.product(range(3), repeat=3))))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([])))
groups = {}
for k, g in it.groupby(sorted("mississippi")):
    groups[k] = len(list(g))
print(groups)
print(list(it.chain(*[[1, 2], [3], []])), list(it.repeat(0, 0)), list(zip(it.repeat("x"), range(3))))
print(sum(1 for _ in it.combinations(range(10), 3)), list(it.starmap(lambda a, b: a * b, zip(range(4), range(4)))))
print(list(it.zip_longest([1, 2, 3], "ab")), list(it.takewhile(str.isdigit, "123abc456")))
