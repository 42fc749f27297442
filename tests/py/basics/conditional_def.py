# conditional and repeated definitions; functions/classes are runtime objects
import sys
if sys.maxsize > 0:
    def which():
        return "first"
else:
    def which():
        return "second"
print(which())
def which():
    return "redefined"
print(which())
funcs = []
for i in range(3):
    def f(x, i=i):
        return x * i
    funcs.append(f)
print([g(10) for g in funcs], funcs[0] is funcs[1])
classes = []
for name in ["A", "B"]:
    class K:
        tag = name
    classes.append(K)
print([k.tag for k in classes], classes[0] is classes[1], classes[0].__name__)
def factory(kind):
    if kind == "list":
        class Impl(list):
            pass
    else:
        class Impl(dict):
            pass
    return Impl
L, D = factory("list"), factory("dict")
print(L([1]), D(a=1), issubclass(L, list), issubclass(D, dict))
try:
    undefined_yet()
except NameError:
    print("not yet defined")
def undefined_yet():
    return "now defined"
print(undefined_yet())
ops = {}
for sym, fn in [("+", lambda a, b: a + b), ("*", lambda a, b: a * b)]:
    ops[sym] = fn
print(ops["+"](2, 3), ops["*"](2, 3))
