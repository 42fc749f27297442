# generators composed into lazy pipelines over infinite sources
def naturals():
    n = 0
    while True:
        yield n
        n += 1


def take(n, it):
    for _ in range(n):
        yield next(it)


def evens(it):
    return (x for x in it if x % 2 == 0)


def squares(it):
    for x in it:
        yield x * x


print(list(take(5, squares(evens(naturals())))))


def windows(it, k):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == k:
            yield tuple(buf)
            buf.pop(0)


print(list(take(4, windows(naturals(), 3))))
fib = lambda: (lambda a=[0, 1]: (a.__setitem__(slice(None), [a[1], a[0] + a[1]]) or a[0] for _ in iter(int, 1)))()
print(list(take(8, fib())))
