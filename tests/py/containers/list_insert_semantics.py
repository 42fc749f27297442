# list.insert clamps indices like slice assignment
for i in (-10, -3, -1, 0, 1, 2, 3, 10, 1 << 70, -(1 << 70)):
    l = [1, 2, 3]
    try:
        l.insert(i, "x")
    except OverflowError as e:
        print("OverflowError", e)
    print(i, l)
l = []
l.insert(5, "a")
l.insert(-5, "b")
print(l)
class I:
    def __index__(self):
        return 1
l.insert(I(), "c")
print(l)
m = [0]
for k in range(5):
    m.insert(len(m) // 2, k)
print(m)
try:
    l.insert(None, 1)
except TypeError as e:
    print("TypeError", e)
