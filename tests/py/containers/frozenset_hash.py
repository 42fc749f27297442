# frozenset hashing and use as keys
a = frozenset([1, 2, 3])
b = frozenset([3, 2, 1])
print(hash(a) == hash(b), a == b)
print(hash(frozenset()) == hash(frozenset([])))
d = {a: "abc", frozenset(): "empty"}
print(d[b], d[frozenset()])
print(d.get(frozenset({1, 2})))
print(frozenset({1, 2}) in {frozenset({2, 1})})
print(hash(frozenset([1.0, 2])) == hash(frozenset([1, 2.0])))
try:
    hash({1})
except TypeError as e:
    print("TypeError", e)
try:
    {set(): 1}
except TypeError as e:
    print("TypeError", e)
nested = frozenset([frozenset([1]), frozenset([2])])
print(frozenset([1]) in nested, len(nested))
print(sorted(sorted(x) for x in nested))
s = {frozenset("ab"), frozenset("ba"), frozenset("c")}
print(len(s))
print({1} in {frozenset([1])})
