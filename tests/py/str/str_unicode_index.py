s = "aé日\U0001f600z"
print(len(s), [s[i] for i in range(len(s))], [s[-i] for i in range(1, len(s) + 1)])
print([ord(c) for c in s], s.index("\U0001f600"), s.find("z"), s[3] == "\U0001f600")
for i in [5, -6, 100]:
    try:
        s[i]
    except IndexError as e:
        print(type(e).__name__, e)
for bad in ["0", 1.0, None]:
    try:
        s[bad]
    except TypeError as e:
        print(type(e).__name__, e)
try:
    s[0] = "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
print(list(reversed(s)), s[2:4], s.encode("utf-8"), len(s.encode()))
class I:
    def __index__(self):
        return 1
print(s[I()], s[10**20:], s[-10**20:2])
