print(b",".join([b"a", bytearray(b"b"), memoryview(b"c")]), b"".join([]), b"-".join((b"x",)), bytearray(b"+").join([b"1", b"2"]))
print(type(bytearray(b"").join([b"a"])).__name__, b" ".join(x for x in [b"p", b"q"]), b"-".join(b"ab" for _ in range(2)))
for items in [["a"], [1], [b"a", None], [b"a", "b"], [[97]]]:
    try:
        print(b"-".join(items))
    except TypeError as e:
        print(type(e).__name__, e)
for bad in [1, None, b"abc"]:
    try:
        print(b",".join(bad))
    except TypeError as e:
        print(type(e).__name__, e)
