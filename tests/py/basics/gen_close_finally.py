# explicit close() and cleanup ordering of nested generators
log = []
def inner():
    try:
        yield "i1"
        yield "i2"
    finally:
        log.append("inner closed")
def outer():
    try:
        yield from inner()
        yield "o1"
    finally:
        log.append("outer closed")
g = outer()
print(next(g))
g.close()
print(log)
log.clear()
g = outer()
print(list(g), log)
log.clear()
def catching():
    try:
        yield 1
    except GeneratorExit:
        log.append("saw GeneratorExit")
        raise
    finally:
        log.append("finally")
c = catching()
next(c)
c.close()
print(log)
def returns_in_finally():
    try:
        yield 1
    finally:
        log.append("rf")
r = returns_in_finally()
print(next(r), next(r, "end"), log[-1])
def counter():
    i = 0
    while True:
        try:
            yield i
        except ValueError:
            i = -10
        i += 1
k = counter()
print(next(k), next(k), k.throw(ValueError), next(k))
k.close()
print(next(k, "closed"))
