# list comparisons
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9])
print([1, 2] == [1, 2], [1, 2] == [1.0, 2.0], [1] == (1,), [1] != (1,))
print([1, [2, 3]] < [1, [2, 4]])
print([1, 2] <= [1, 2], [1, 2] >= [1, 3], [3] >= [2, 9])
nan = float("nan")
a = [nan]
print(a == a, [nan] == [nan], a == [nan])
for op in ("<", "<=", ">", ">="):
    try:
        print(eval("[1] %s (1,)" % op))
    except TypeError as e:
        print("TypeError", e)
try:
    print([1, "a"] < [1, 2])
except TypeError as e:
    print("TypeError", e)
print([1, "a"] < [2, 2])
print([1, "a"] == [1, 2])
class E:
    def __eq__(self, o):
        print("eq called")
        return True
print([E()] == [5])
x = E()
print([x] == [x])
print(sorted([[2, 1], [1, 5], [1], [], [1, 2, 3]]))
print(max([[1], [0, 9], [1, 0]]), min([[1], [0, 9], [1, 0]]))
