# list +=, *=, + and * with non-lists
a = [1]
a += (2, 3)
a += "ab"
a += range(2)
a += {9: 0}
print(a)
b = [1, 2]
b *= 2
print(b)
b *= 0
print(b)
c = [1, 2]
c *= -1
print(c)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: [1] + (2,))
t(lambda: [1] + "a")
t(lambda: (1,) + [2])
t(lambda: [1] * 2.0)
t(lambda: [1] * "2")
t(lambda: 2 * [1, 2])
t(lambda: [0] * -3)
t(lambda: [1].__iadd__(5))
t(lambda: [1].__imul__("x"))
t(lambda: [1].__add__((2,)))
t(lambda: [1].__mul__(2**70))
t(lambda: [1] * 2**70)
x = [1, 2]
y = x
x += [3]
print(y, x is y)
x *= 2
print(y, x is y)
class Idx:
    def __index__(self):
        return 3
print([0] * Idx(), Idx() * [1], "a" * Idx())
