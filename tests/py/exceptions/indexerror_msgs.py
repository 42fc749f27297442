# IndexError messages
cases = [
    lambda: [][0],
    lambda: [1, 2][2],
    lambda: [1, 2][-3],
    lambda: (1,)[5],
    lambda: ()[0],
    lambda: "abc"[3],
    lambda: ""[0],
    lambda: b"ab"[2],
    lambda: bytearray()[0],
    lambda: range(3)[3],
    lambda: range(0)[-1],
    lambda: [].pop(),
    lambda: [1].pop(3),
]
for c in cases:
    try:
        c()
        print("no error")
    except IndexError as e:
        print(type(e).__name__, e)
lst = [1, 2]
try:
    lst[5] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    del lst[5]
except IndexError as e:
    print(type(e).__name__, e)
ba = bytearray(b"x")
try:
    ba[3] = 1
except IndexError as e:
    print(type(e).__name__, e)
print(lst[5:], "abc"[10:], (1,)[1:])
print(isinstance(IndexError(), LookupError))
