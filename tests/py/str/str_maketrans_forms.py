t1 = str.maketrans({"a": "1", "b": None, ord("c"): "xyz", 100: 101})
print(sorted(t1.items()))
print("abcde".translate(t1))
t2 = str.maketrans("abc", "xyz")
print(sorted(t2.items()), "aabbcc".translate(t2))
t3 = str.maketrans("ab", "AB", "xyz")
print(sorted(t3.items()), "axbycz".translate(t3))
print(str.maketrans("", ""), str.maketrans("", "", "q"), "".maketrans("é", "e"))
for args in [("abc", "xy"), ({"ab": "x"},), ({1.5: "x"},), ("ab",), (1, 2), ("a", "b", 3), ({}, "x"), ()]:
    try:
        print(str.maketrans(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
