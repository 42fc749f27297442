# unpacking errors: messages for too many / not enough values
def attempt(src, ns=None):
    try:
        exec(src, ns or {})
        print("ok:", src)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


attempt("a, b = [1, 2, 3]")
attempt("a, b = [1]")
attempt("a, b = []")
attempt("a, b, c = 'ab'")
attempt("a, b = 'abcd'")
attempt("a, = ()")
attempt("a, = (1, 2)")
attempt("a, b = 1")
attempt("a, b = None")
attempt("(a, b), c = [1, 2], 3")
attempt("(a, b), c = [1], 3")
attempt("a, b = iter([1, 2, 3])")
attempt("a, b = (x for x in range(5))")
attempt("a, b = {1: 2}")
attempt("for a, b in [(1, 2), (3,)]: pass")
attempt("for a, b in [1]: pass")
attempt("[a, b] = range(3)")
attempt("a, *b, c, d = [1, 2]")
attempt("a, *b = 5")


# unpacking partially succeeded assignments are not rolled back
ns = {"pre": 1}
attempt("x = 0\n(x, y) = range(9)", ns)
print(ns["x"])


class It:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 5:
            raise StopIteration
        return self.n


it = It()
try:
    a, b = it
except ValueError as e:
    print(type(e).__name__, e, it.n)
