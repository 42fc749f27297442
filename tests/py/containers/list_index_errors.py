# list.index / count / insert / pop / remove errors
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
l = [1, 2, 3, 2, 1]
show(lambda: l.index(2))
show(lambda: l.index(2, 2))
show(lambda: l.index(2, -2))
show(lambda: l.index(2, 0, 1))
show(lambda: l.index(9))
show(lambda: l.index("x"))
show(lambda: l.index())
show(lambda: l.index(1, "a"))
show(lambda: l.index(1, 0, None))
show(lambda: l.index(1, 1, 2, 3))
show(lambda: l.count())
show(lambda: l.count(1, 2))
show(lambda: l.insert(1))
show(lambda: l.insert("a", 1))
show(lambda: l.insert(1.0, 1))
show(lambda: [].pop())
show(lambda: [1].pop(1))
show(lambda: [1].pop(-2))
show(lambda: [1, 2].pop("x"))
show(lambda: [1, 2].pop(1, 2))
show(lambda: l.remove(7))
show(lambda: l.remove())
show(lambda: l.append())
show(lambda: l.append(1, 2))
show(lambda: l.extend(5))
show(lambda: l.extend())
show(lambda: l.reverse(1))
show(lambda: l.clear(0))
show(lambda: l.copy(1))
print(l)
class I:
    def __index__(self):
        return 1
show(lambda: [5, 6, 7].pop(I()))
show(lambda: [5, 6, 7].index(6, I()))
