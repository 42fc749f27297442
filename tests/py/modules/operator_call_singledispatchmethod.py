# operator.call (3.11) and functools.singledispatchmethod
import operator, functools
print(operator.call(max, 3, 9, 4), operator.call(dict, a=1), operator.call(lambda *a, **k: (a, k), 1, x=2))
try:
    operator.call()
except TypeError as e:
    print("TypeError", e)
try:
    operator.call(5)
except TypeError as e:
    print("TypeError", e)
class Fmt:
    @functools.singledispatchmethod
    def show(self, arg):
        return "generic " + repr(arg)
    @show.register
    def _(self, arg: int):
        return "int %d" % arg
    @show.register(list)
    def _(self, arg):
        return "list of %d" % len(arg)
f = Fmt()
print(f.show(3), f.show(True), f.show([1, 2]), f.show("s"), f.show(None))
class Sub(Fmt):
    pass
print(Sub().show(2.5), Sub().show(7))
