# sys.getrecursionlimit / setrecursionlimit and RecursionError
import sys
lim = sys.getrecursionlimit()
print(type(lim).__name__, lim > 50)
def rec(n):
    return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(issubclass(RecursionError, RuntimeError))
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(40))
sys.setrecursionlimit(lim)
print(sys.getrecursionlimit() == lim)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print(type(e).__name__, e)
