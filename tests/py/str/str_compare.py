pairs = [("a", "b"), ("abc", "abd"), ("ab", "abc"), ("", "a"), ("B", "a"), ("é", "z"), ("日", "é"), ("abc", "abc"), ("\U0001f600", "\uffff")]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a > b, a >= b, a == b, a != b)
print("a" == 1, "a" != None, "1" == 1, "a" == b"a")
for op in ["<", "<=", ">", ">="]:
    try:
        eval("'a' " + op + " 1")
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "a" < None
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(["b", "A", "a", "B", "é", "", "aa"]), max("abc"), min("hello"))
print(str.__lt__("a", 1), str.__eq__("a", 1), "a".__ne__("b"))
