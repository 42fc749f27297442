from itertools import combinations, permutations, product, combinations_with_replacement as cwr

print(list(combinations("abc", 2)), list(combinations("abc", 0)), list(combinations("abc", 4)))
print(list(combinations([], 0)), list(combinations([], 1)))
print(list(permutations("abc", 2)), len(list(permutations(range(4)))), list(permutations("ab", 3)))
print(list(permutations([])), list(permutations("ab", 0)))
print(list(product("ab", "xy")), list(product("ab", repeat=2)), list(product()))
print(list(product("ab", [])), list(product(range(2), repeat=0)))
print(list(cwr("ab", 3)), list(cwr("", 2)), list(cwr("abc", 0)))
for f, a in [(combinations, ("abc", -1)), (permutations, ("abc", -1)), (cwr, ("ab", -1))]:
    try:
        list(f(*a))
    except ValueError as e:
        print("ValueError", e)
try:
    list(product("a", repeat=-1))
except ValueError as e:
    print("ValueError", e)
try:
    combinations("abc")
except TypeError as e:
    print("TypeError", e)
print(list(permutations("abc", None))[:3])
