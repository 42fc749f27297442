# 'x in {constants}' uses a frozenset constant; set displays of constants keep CPython's order.
print(3 in {1, 2, 3}, 4 not in {1, 2}, 2 in {2}, 1 < 2 in {2, 5, 7} < 9 if False else 1 < 2 in {2, 5, 7}, "a" in {"a", "b", "c"}, [] in {1, 2} if False else 0)
try:
    [] in {1, 2, 3}
except TypeError as e:
    print(e)
x = 5
print(x in {x, 1, 2}, 1.0 in {1, 2, 3}, (1, 2) in {(1, 2), (3,)})
for v in {40, 8, 72, 3, 16}:
    print(v, end=" ")
print({40, 8, 72, 3, 16}, [v for v in {1, 2, 3, 40, 50}])
