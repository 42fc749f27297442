# print() keyword arguments: sep, end, file, flush and their errors
import sys
print(1, 2, 3, sep="-")
print(1, 2, sep="", end="|\n")
print("a", "b", sep=None, end=None)
print(sep="x")
print()
print("x", end="")
print()
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
w = W()
print("hello", 42, file=w, sep=", ", end="!")
print(file=w)
print(w.parts)
print("to stdout", file=None)
print("flushed", flush=True)
print("stderr-free", file=sys.stdout)
def t(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: print(1, sep=5))
t(lambda: print(1, end=b"x"))
t(lambda: print(1, file=5))
t(lambda: print(1, bogus=1))
class NoWrite:
    pass
t(lambda: print(1, file=NoWrite()))
class Bad:
    def __str__(self):
        raise ValueError("no str")
t(lambda: print(Bad()))
class S:
    def __str__(self):
        return "S!"
    def __repr__(self):
        return "R!"
print(S(), [S()], (S(),), {1: S()})
