# extended slice assignment
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
l = list(range(10))
l[::2] = "abcde"
print(l)
l = list(range(10))
l[1::3] = [None] * 3
print(l)
l = list(range(10))
l[::-1] = range(10)
print(l)
l = list(range(10))
l[8:2:-2] = ["x", "y", "z"]
print(l)
l = list(range(5))
l[::1] = [7, 8]
print(l)
l = list(range(5))
l[5:0:-1] = [7, 8, 9, 10]
print(l)
l = list(range(10))
def bad1():
    l[::2] = [1, 2]
show(bad1)
def bad2():
    l[::3] = []
show(bad2)
def bad3():
    l[::0] = []
show(bad3)
def bad4():
    l[::2] = 5
show(bad4)
def bad5():
    l[1:3] = 5
show(bad5)
print(l)
l[2:2] = (x for x in "pq")
print(l)
l[::-3] = l[:4]
print(l)
# self assignment
m = [1, 2, 3]
m[::-1] = m
print(m)
m[1:] = m
print(m)
