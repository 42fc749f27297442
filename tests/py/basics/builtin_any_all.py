# any / all with short-circuiting
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any([0, 1]), all([1, 0]))
print(any(x > 3 for x in range(5)), all(x < 5 for x in range(5)), any("a"), all(""))
print(any({0: 1}), all({0: 1}), any(iter([0.0, 0j])), all(range(1, 4)))
seen = []
def f(x):
    seen.append(x)
    return x
print(any(f(x) for x in [0, 0, 3, 0, 5]), seen)
seen.clear()
print(all(f(x) for x in [1, 2, 0, 4]), seen)
it = iter([0, 1, 2, 3])
print(any(it), list(it))
class B:
    def __bool__(self):
        raise ValueError("no bool")
for fn in (any, all):
    try:
        fn([B()])
    except ValueError as e:
        print("ValueError", e)
def show(f):
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__, ex)
show(lambda: any())
show(lambda: all(1))
show(lambda: any([1], [2]))
show(lambda: all(iterable=[1]))
class L:
    def __len__(self):
        return 0
print(all([L()]), any([L(), L()]))
