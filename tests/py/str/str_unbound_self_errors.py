calls = [(str.upper, (5,)), (str.upper, ()), (str.__len__, (b"s",)), (str.__len__, ()), (str.__add__, ()), (str.__rmul__, (5, 2)), (str.__mul__, (None, 2)),
         (str.join, ([], "x")), (str.__contains__, (1, "a")), (str.__getitem__, ()), (str.format, (1,)), (str.__mod__, (b"%s", 1)), (str.casefold, (["a"],))]
for f, args in calls:
    try:
        print(f(*args))
    except TypeError as e:
        print(type(e).__name__, e)
class S(str):
    pass
print(str.upper(S("sub")), str.__len__(S("abc")), str.__rmul__(S("ab"), 2), str.__mul__(S("x"), 3))
