# tuple index/count and their errors
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t = (1, 2, 3, 2, 1, "a")
show(lambda: t.index(2))
show(lambda: t.index(2, 2))
show(lambda: t.index(1, -2))
show(lambda: t.index(2, 0, 1))
show(lambda: t.index("b"))
show(lambda: t.index())
show(lambda: t.index(1, 1.5))
show(lambda: t.count(2))
show(lambda: t.count(True))
show(lambda: t.count())
show(lambda: t.count(1, 2))
show(lambda: t[6])
show(lambda: t[-7])
show(lambda: t["x"])
def assign():
    t[0] = 5
show(assign)
def delete():
    del t[0]
show(delete)
show(lambda: t.append(1))
show(lambda: (1, 2) + [3])
show(lambda: (1,) * 2.0)
show(lambda: hash((1, [2])))
show(lambda: tuple(1))
show(lambda: tuple([1], [2]))
show(lambda: tuple(x=[1]))
