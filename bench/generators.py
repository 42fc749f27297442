# generators, yield from and generator expressions
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

def evens(n):
    for x in count(n):
        if x % 2 == 0:
            yield x

def chain(n):
    yield from evens(n)
    yield from count(n // 2)

total = sum(chain(600_000))
squares = sum(x * x for x in range(300_000) if x % 3)
print(total, squares)
