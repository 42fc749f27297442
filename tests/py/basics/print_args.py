# print() sep/end/file/flush and multiple args
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep="--", end="!\n")
print("no newline", end="")
print(" <- continued")
print(1, 2.5, None, True, [1], (2,), {"k": 3}, sep="|")
print(*range(5))
print(*[], sep="x")
print("x", end="")
print()
print("", "", sep="-")
import sys
print("to stdout", file=sys.stdout)
print("flushed", flush=True)
print("sep None", "works", sep=None)
print("end None", end=None)
try:
    print("a", sep=5)
except TypeError as e:
    print("TypeError", e)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("into", "writer", file=w)
print(repr("".join(w.parts)))
print("%s" % "percent", "{}".format("format"), f"{'fstring'}")
