# bool results of comparisons and logical operators
print(type(1 < 2).__name__, type(not 1).__name__, type(1 and 2).__name__, type(0 or "").__name__)
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or [] or 0, None and 1, [] or {})
print(not 0, not 1, not "", not [0], not None, not not 3)
print(True == 1 == 1.0, True is not False, (True, False) == (1, 0), [True] == [1])
print(True + 0.5, False - 1, True * "ab", [False] * 2, "abc"[True:], "xyz"[False])
x = [1, 2, 3]
print(x[True], x[-True], x[False:True], {True: "t"}.get(1), {0: "z"}.get(False))
print(int("1") == True, bool("False"), bool(" "), str(True) + "!", True.__str__(), repr(True))
print(isinstance(True, int), issubclass(bool, int), bool.__base__.__name__, bool.__mro__)
print(sum(x > 1 for x in range(5)), max(True, False), sorted([True, False, True]))
print(True & True, True | False, True ^ True, ~True, -False, True << 1)
