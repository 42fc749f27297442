# list/dict/set comprehensions and generator expressions
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(3)] for x in range(3)])
print({x: x * x for x in range(5)})
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
print(sorted({c for c in "mississippi"}))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
g = (x * 2 for x in range(3))
print(type(g).__name__, list(g), list(g))
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])
x = "outer"
print([x for x in "ab"], x)
words = ["apple", "Bob", "cat"]
print({w[0].lower(): w for w in words})
print([(i, c) for i, c in enumerate("xy")])
print([a + b for a, b in [(1, 2), (3, 4)]])
print([n for n in range(2, 30) if all(n % d for d in range(2, n))])
def scope_test():
    k = 10
    return [k + i for i in range(3)]
print(scope_test())
class C:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
print(C.doubled)
print(list(x if x else "zero" for x in [0, 1]))
print([y for y in [3, 1, 2] if (z := y * 2) > 2])
print({(a, b) for a in range(2) for b in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print(dict((str(i), i) for i in range(3)))
nested_gen = ((i, j) for i in range(2) for j in "ab")
print(list(nested_gen))
try:
    [1 / v for v in [1, 0]]
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print([*[i for i in range(2)], *(j for j in "xy")])
