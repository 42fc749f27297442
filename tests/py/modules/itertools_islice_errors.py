from itertools import islice, count

print(list(islice("abcdefg", 3)), list(islice("abcdefg", 2, 5)), list(islice("abcdefg", 1, None, 2)))
print(list(islice("abcdefg", None)), list(islice("abcdefg", 0)), list(islice("abc", 5, 10)))
print(list(islice(count(), 3, 15, 4)), list(islice([], 3)), list(islice("abc", None, None, None)))
for args in [(-1,), (0, -1), (1, 2, 0), (1, 2, -1), ("a",), (1.5,)]:
    try:
        islice("abc", *args)
    except ValueError as e:
        print("ValueError", e)
    except TypeError as e:
        print("TypeError", e)
it = iter(range(10))
print(list(islice(it, 2, 4)), next(it))
try:
    islice("abc")
except TypeError as e:
    print("TypeError", e)
