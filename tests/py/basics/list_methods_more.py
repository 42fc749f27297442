# more list behaviour: sort stability, key, aliasing, comparisons
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
people.sort(key=lambda p: p[0], reverse=True)
print(people)
nums = [5, -3, 2, -8, 0]
nums.sort(key=abs)
print(nums)
strs = ["banana", "Apple", "cherry", "apple"]
print(sorted(strs), sorted(strs, key=str.lower), sorted(strs, key=len))
a = [1, 2, 3]
b = a
b += [4]
print(a, a is b)
b = b + [5]
print(a, b, a is b)
c = [a, a]
a.append(9)
print(c)
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 3], [2] > [1, 100], [] < [0])
lst = list(range(10))
print(lst.index(5, 2), lst.index(7, 2, 8), lst.count(3))
lst.extend(range(3))
lst.extend("ab")
lst.extend((None,))
print(lst)
x = [3, 1, 2]
print(x.sort(), x, x.reverse(), x)
print(sorted([[3, 1], [1, 2], [1, 1]]), sorted([True, False, True]))
y = [0] * 5
for i in range(5):
    y[i] = i * i
print(y, y[::-1], y.copy() == y, y.copy() is y)
nested = [[1, 2], [3]]
shallow = nested.copy()
shallow[0].append(99)
print(nested)
print(list(map(list, zip(*[[1, 2, 3], [4, 5, 6]]))))
z = [1, 2, 3, 4, 5, 6]
z[1:5] = reversed(z[1:5])
print(z)
print([x for x in [1, 2, 3] if x in {1, 3}], [[]] == [[]], [None] * 2)
