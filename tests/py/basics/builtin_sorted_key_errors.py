# errors raised from key functions and comparisons during sorting
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: sorted([1, 2, 3], key=lambda x: 1 / (x - 2)))
show(lambda: sorted(["a", 1, "b"], key=str))
show(lambda: sorted(["a", 1, "b"], key=type))
show(lambda: sorted([[1], [1, "x"], [1, 2]]))
show(lambda: sorted([{1}, {2}, {1, 2}]))
show(lambda: sorted([1j, 2j], key=abs))
show(lambda: sorted([None, None]))
show(lambda: sorted([None, None, 1]))
show(lambda: sorted([(1, None), (1, None)]))
show(lambda: sorted([(1, None), (2, None)]))
show(lambda: sorted([3, 1, 2], key=lambda x, y: x))
show(lambda: sorted([3, 1, 2], key="len"))
class Bad:
    def __lt__(self, o):
        raise RuntimeError("no order")
show(lambda: sorted([Bad(), Bad()]))
show(lambda: len(sorted([Bad()])))
show(lambda: min([Bad(), Bad()]))
show(lambda: max([Bad(), 1]))
