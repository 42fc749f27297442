# list.extend from many kinds of iterables, including itself
l = [1]
l.extend(l)
print(l)
l.extend(l[::-1])
print(l)
l = []
l.extend(range(3))
l.extend("ab")
l.extend(b"\x01")
l.extend({"k": 0})
l.extend({"v": 1}.values())
l.extend(x for x in (7, 8))
l.extend(iter([9]))
l.extend(())
l.extend(frozenset([5]))
print(l)
def gen():
    yield 1
    raise ValueError("mid-gen")
m = [0]
try:
    m.extend(gen())
except ValueError as e:
    print("ValueError", e, m)
for bad in (5, None, 1.5):
    try:
        m.extend(bad)
    except TypeError as e:
        print("TypeError", e)
a = [1, 2]
a[len(a):] = [3, 4]
print(a)
a += a
print(a)
