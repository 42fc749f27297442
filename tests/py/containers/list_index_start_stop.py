# list.index with start/stop, count, remove and insert edges
a = [1, 2, 3, 2, 1, 2]
print(a.index(2), a.index(2, 2), a.index(2, -3), a.index(1, 1, 5), a.index(2, -100), a.index(2, 4, 100))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: a.index(2, 6))
t(lambda: a.index(5))
t(lambda: a.index(2, 2, 3))
t(lambda: a.index(2, "1"))
t(lambda: a.index(2, 1.0))
t(lambda: a.index(2, None))
t(lambda: a.index())
t(lambda: a.index(1, 2, 3, 4))
t(lambda: a.index(2, 2**70))
t(lambda: a.index(2, -2**70))
t(lambda: a.count())
t(lambda: a.count(2, 3))
print(a.count(2), [1.0, 1, True].count(1), [[1], [1]].count([1]))
b = [1, 2, 3]
b.insert(100, "end"); b.insert(-100, "start"); b.insert(-1, "mid"); b.insert(5, "big")
print(b)
t(lambda: b.insert(1))
t(lambda: b.insert("1", 2))
t(lambda: b.remove(42))
t(lambda: b.remove())
b.remove("big")
print(b)
class EqAll:
    def __eq__(self, other):
        return True
c = [5, 6]
c.remove(EqAll())
print(c, [1, 2].index(EqAll()), EqAll() in [9])
t(lambda: [].pop())
t(lambda: [1].pop(5))
t(lambda: [1].pop("0"))
print([1, 2, 3].pop(-3), [1, 2, 3].pop(1))
