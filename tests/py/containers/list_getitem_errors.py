# list indexing errors
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
l = [10, 20, 30]
show(lambda: l[3])
show(lambda: l[-4])
show(lambda: l["1"])
show(lambda: l[1.0])
show(lambda: l[None])
show(lambda: l[True])
show(lambda: l[1 << 70])
show(lambda: l[-(1 << 70)])
show(lambda: l[1 << 70:])
show(lambda: l[:-(1 << 70)])
show(lambda: l["a":])
show(lambda: l[::"x"])
show(lambda: l[1:2:0])
def setbad():
    l[5] = 1
show(setbad)
def setbad2():
    l["x"] = 1
show(setbad2)
show(lambda: l[(1, 2)])
print(l[-1], l[-3], l[0:100], l[-100:1])
class I:
    def __index__(self):
        return -1
print(l[I()], l[I():], l[:I()])
