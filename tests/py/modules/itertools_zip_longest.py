from itertools import zip_longest

print(list(zip_longest("abc", "x")), list(zip_longest("ab", "xyz", fillvalue="-")))
print(list(zip_longest()), list(zip_longest("")), list(zip_longest("a", "", [], fillvalue=0)))
print(list(zip_longest([1, 2], [3], [4, 5, 6], fillvalue=None)))
try:
    zip_longest("a", fill=1)
except TypeError as e:
    print("TypeError", e)
try:
    zip_longest(1)
except TypeError as e:
    print("TypeError", e)
