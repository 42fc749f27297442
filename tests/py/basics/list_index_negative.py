# negative indexing and bounds in lists, strings, tuples, ranges, bytes
seqs = [[10, 20, 30, 40], "abcd", (1, 2, 3, 4), range(4), b"wxyz"]
for s in seqs:
    print(type(s).__name__, s[-1], s[-4], s[-2:], s[:-2], s[-3:-1], s[::-1][:2], s[-100:100] == s[:])
    for i in (4, -5):
        try:
            s[i]
        except IndexError as e:
            print("  IndexError", e)
lst = [1, 2, 3]
lst[-1] = 30
lst[-3] = 10
print(lst)
del lst[-2]
print(lst)
lst.insert(-1, "x")
print(lst, lst.pop(-2), lst)
