# calling dunder methods of builtin types directly
print((5).__add__(3), (5).__sub__(7), (3).__mul__(4), (7).__floordiv__(2), (7).__mod__(3), (2).__pow__(10))
print((5).__add__(1.5), (5).__radd__(2), (1.5).__add__(1), "ab".__add__("cd"), [1].__add__([2]))
print("abc".__len__(), [1, 2].__len__(), {"a": 1}.__len__(), "abc".__contains__("b"), [1].__contains__(2))
print("abc".__getitem__(1), [5, 6].__getitem__(-1), {"k": "v"}.__getitem__("k"), (1, 2).__getitem__(0))
print((3).__eq__(3), (3).__eq__("3"), (3).__lt__(4), "a".__lt__("b"), (3).__ne__(3))
print((-5).__abs__(), (5).__neg__(), (5).__bool__(), (0).__bool__(), (7).__index__(), (3.7).__int__(), (3).__float__())
print(int.__add__(2, 3), str.upper("x"), list.__len__([1, 2, 3]), dict.get({"a": 1}, "a"), str.join("-", ["a", "b"]))
lst = [3, 1]
lst.__setitem__(0, 9)
lst.__delitem__(1)
print(lst, lst.__iter__().__next__(), "x".__repr__(), (1.5).__repr__(), (12).__str__())
d = {}
d.__setitem__("k", 1)
print(d, d.__contains__("k"))
print(str.__len__("four"), int.__mul__(6, 7), float.__truediv__(1.0, 4.0), tuple.__len__(()))
