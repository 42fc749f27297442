# print() keyword arguments
print(1, 2, 3, sep="-")
print(1, 2, sep="")
print("a", "b", end="!\n")
print("x", end="")
print()
print(sep="+")
print(1, 2, sep=None, end=None)
print("no", "sep", sep="")
print(*range(5), sep=", ")
print(*[], end="<empty>\n")
import sys
print("to stdout", file=sys.stdout)
print("flushed", flush=True)
print("none file", file=None)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("a", 1, file=w, sep="|", end="#")
print(w.parts)
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: print(1, sep=1))
show(lambda: print(1, end=2))
show(lambda: print(1, file=5))
show(lambda: print(1, foo=1))
class Bad:
    def __str__(self):
        return 5
show(lambda: print(Bad()))
