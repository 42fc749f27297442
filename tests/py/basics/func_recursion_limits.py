# recursion: deep but bounded recursion, RecursionError, mutual recursion
import sys


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(500))


def infinite(n):
    return infinite(n + 1)


try:
    infinite(0)
except RecursionError as e:
    print(type(e).__name__, e)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(is_even(100), is_odd(7))
print(isinstance(sys.getrecursionlimit(), int))


# recursion through __repr__ of self-containing structures
l = [1]
l.append(l)
d = {}
d["self"] = d
print(l, d)


class Node:
    def __init__(self, nxt=None):
        self.nxt = nxt

    def __len__(self):
        return 1 + (len(self.nxt) if self.nxt is not None else 0)


n = None
for _ in range(50):
    n = Node(n)
print(len(n))
# the interpreter recovers after a RecursionError
try:
    infinite(0)
except RecursionError:
    pass
print(depth(100))
