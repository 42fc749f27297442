s = "abcdefghij"
u = "αβγδεζηθικ"
for t in [s, u, "", "a", "x\U0001F600y"]:
    print(t[:], t[2:5], t[-3:], t[:-3], t[::2], t[1::3], t[::-1], t[::-2], t[8:2:-2], t[100:], t[-100:100], t[5:2], t[3:3])
    print([t[i] for i in range(len(t))], [t[-i] for i in range(1, len(t) + 1)])
print(s[slice(1, 4)], u[slice(None, None, -3)], s[True], s[-1], u[-10])
class I:
    def __index__(self):
        return 3
print(s[I()], u[I():], s[:I()])
for f in [lambda: s[10], lambda: u[-11], lambda: s[1.5], lambda: s[::0], lambda: s["1":]]:
    try:
        print(f())
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
big = "é" * 1000 + "abc"
print(big[-3:], len(big[10:20]), big[1000:1002])
