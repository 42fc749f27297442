# comparisons across types and chained comparisons
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1.0, 1 != 2)
print("a" < "b", "abc" < "abd", "ab" < "abc", "" < "a", "B" < "a")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) == (1, 2), (1, "a") < (1, "b"))
print([] == [], [] == (), {} == {}, {1: 2} == {1: 2}, {1, 2} == {2, 1})
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 == 1.0, 1 < 2 > 0)
x = 5
print(0 < x <= 5, 0 < x < 5, x == 5 != 6)
calls = []
def f(v):
    calls.append(v)
    return v
print(f(1) < f(0) < f(2))
print(calls)
a_one = 1
print(None == None, None is None, None != 0, None == False)
print(True == 1, False == 0, True is True, a_one is not None)
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(b"abc" == b"abc", b"a" < b"b", b"abc" == "abc")
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1, 3} < {1, 2, 3, 4}, {5} > set())
for a, b in [(1, "1"), ([], 1), (None, 0), ({}, [])]:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError", e)
print(1 == "1", [] == 0, None == [])
print(max("apple", "banana"), min([3, 1], [2, 9]))
print(float("inf") > 10 ** 100, -float("inf") < -10 ** 100)
print(2 ** 64 > 1.5, 2 ** 64 == 2 ** 64 + 0.0)
print((1, 2, 3) < (1, 2), (1, 2) <= (1, 2), (2,) > (1, 99))
print(not 1 < 2, not (1 == 2))
