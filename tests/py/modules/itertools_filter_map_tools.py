# itertools compress / dropwhile / takewhile / filterfalse / starmap / accumulate / pairwise
import itertools as it
import operator
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.compress("abc", [True])), list(it.compress([], [1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.dropwhile(bool, [])), list(it.takewhile(bool, [0, 1])))
print(list(it.filterfalse(None, [0, 1, "", "a", None])), list(it.filterfalse(lambda x: x % 2, range(7))))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.starmap(operator.add, ["ab", "cd"])))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], operator.mul)), list(it.accumulate([])))
print(list(it.accumulate([5, 1, 7], max)), list(it.accumulate([1, 2], initial=100)), list(it.accumulate([], initial=0)))
print(list(it.accumulate("abc")), list(it.pairwise("abcd")), list(it.pairwise("a")), list(it.pairwise([])))
for bad in [lambda: list(it.starmap(pow, [1])), lambda: list(it.compress(1, [1])),
            lambda: list(it.accumulate([1, "a"])), lambda: list(it.takewhile(5, [1])),
            lambda: list(it.filterfalse(None, 3)), lambda: list(it.pairwise(3)),
            lambda: it.dropwhile(len)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
