# list operations
a = [1, 2, 3]
print(a, len(a), a[0], a[-1], a[1:], a[:-1], a[::-1])
a.append(4)
a.extend([5, 6])
a.insert(0, 0)
a.insert(100, 99)
a.insert(-1, 98)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(3)
print(a, a.index(4), a.count(2), 5 in a, 7 not in a)
a.reverse()
print(a)
a.sort()
print(a)
a.sort(reverse=True)
print(a)
b = a.copy()
b.clear()
print(a, b)
print([1, 2] + [3], [0] * 3, [[]] * 2, [1, 2] * 0)
c = [1, 2]
c += [3]
c *= 2
print(c)
print(list(), list(range(3)), list("ab"), list((1, 2)), list({1: 2}))
nested = [[1, 2], [3, [4, 5]]]
print(nested[1][1][0], len(nested))
m = [[0] * 3 for _ in range(2)]
m[0][1] = 5
print(m)
alias = [[0] * 2] * 2
alias[0][0] = 7
print(alias)
for args in [(10,), ()]:
    try:
        [1].pop(*args)
    except IndexError as e:
        print("IndexError", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
try:
    [1].remove(2)
except ValueError as e:
    print("ValueError", e)
try:
    [1].index(2)
except ValueError as e:
    print("ValueError", e)
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError", e)
print([3, 1, 2].index(1), [1, 2, 1, 2].index(2, 2), [1, 2, 3] == [1, 2, 3], [1, 2] != [2, 1])
x = [1, 2, 3]
x[1] = "two"
x[-1] = None
print(x)
del x[0]
print(x)
print(sum([1, 2, 3]), max([4, 9, 2]), min([4, 9, 2]), sorted([3, 1, 2]))
