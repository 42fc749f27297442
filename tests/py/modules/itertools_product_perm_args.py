# itertools.product repeat=, permutations r, combinations edge r, errors
import itertools as it
print(list(it.product("ab", repeat=2)), list(it.product()), list(it.product([], "a")))
print(list(it.product(range(2), "xy", [None])))
print(len(list(it.product(range(3), repeat=3))), list(it.product("a", repeat=0)))
try:
    it.product("a", repeat=-1)
except ValueError as e:
    print("ValueError", e)
try:
    it.product("a", foo=1)
except TypeError as e:
    print("TypeError", e)
print(list(it.permutations("abc", 2)), list(it.permutations([])), list(it.permutations("ab", 0)))
print(list(it.permutations("ab", 3)), len(list(it.permutations(range(5)))))
try:
    it.permutations("ab", -1)
except ValueError as e:
    print("ValueError", e)
try:
    it.permutations("ab", "x")
except TypeError as e:
    print("TypeError", e)
print(list(it.combinations("abcd", 2)), list(it.combinations("ab", 3)), list(it.combinations("ab", 0)))
print(list(it.combinations_with_replacement("abc", 2)), list(it.combinations_with_replacement("", 2)))
print(list(it.combinations_with_replacement("ab", 0)))
for f in (it.combinations, it.combinations_with_replacement):
    try:
        f("ab", -2)
    except ValueError as e:
        print("ValueError", e)
    try:
        f("ab")
    except TypeError as e:
        print("TypeError", e)
