# generator pipelines and infinite generators
def naturals():
    n = 1
    while True:
        yield n
        n += 1
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def mapg(f, it):
    for x in it:
        yield f(x)
def filterg(p, it):
    for x in it:
        if p(x):
            yield x
squares_of_odds = mapg(lambda x: x * x, filterg(lambda x: x % 2, naturals()))
print(list(take(8, squares_of_odds)))
print(list(take(3, squares_of_odds)))
def primes():
    found = []
    for n in naturals():
        if n > 1 and all(n % p for p in found):
            found.append(n)
            yield n
print(list(take(15, primes())))
def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(window(range(6), 3)))
def running_avg():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
ra = running_avg()
next(ra)
print([ra.send(v) for v in [10, 20, 30, 40]])
def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave("abc", [1, 2], range(10, 14))))
def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
print(list(chunks(list(range(10)), 4)), list(chunks("abcdefg", 3)))
