# subset / superset comparisons
a = {1, 2}
b = {1, 2, 3}
print(a < b, a <= b, b > a, b >= a, a < a, a <= a, a > a, a >= a)
print(a == {2, 1}, a != b, {1} < {2}, {1} > {2}, set() < {1}, set() <= set())
print(a.issubset(b), b.issuperset(a), a.issubset(a), set().issubset(a))
print(frozenset(a) < b, a < frozenset(b), frozenset(a) == a)
print(sorted([{1, 2}, {1}, {3}, set()], key=len))
c = {3, 4}
print(a < c, a > c, a == c, a.isdisjoint(c))
try:
    print(a < 5)
except TypeError as e:
    print("TypeError", e)
try:
    print(a >= None)
except TypeError as e:
    print("TypeError", e)
print(a == 5, a != "x")
print(set.__lt__(a, b), set.__le__(a, [1]), set.__eq__(a, a))
print(frozenset.__gt__(frozenset(b), a))
print({1, 2} == {1.0, 2.0}, {1} == {True}, {0} == {False})
print(max([{1}, {1, 2}], key=len), min([{1, 2}, {3}], key=len))
