# generator send/throw/close
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
            print("received", x)
    except GeneratorExit:
        print("closing with", received)
        raise
g = echo()
print(next(g))
print(g.send("a"))
print(g.send("b"))
g.close()
g.close()
try:
    g.send("c")
except StopIteration:
    print("StopIteration after close")
def accum():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
a = accum()
a.send(None)
for v in [1, 2, 3]:
    print(a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("final", e.value)
g = accum()
try:
    g.send(5)
except TypeError as e:
    print("TypeError", e)
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught in gen", e)
            yield "recovered"
c = catcher()
print(next(c))
print(c.throw(ValueError("oops")))
print(next(c))
try:
    c.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", repr(e))
print(list(c))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError", e)
def never_started():
    print("never printed")
    yield
n = never_started()
n.close()
print("closed unstarted")
def fin():
    try:
        yield 1
    finally:
        print("finally on close")
f = fin()
next(f)
f.close()
def thrown_unstarted():
    yield 1
t = thrown_unstarted()
try:
    t.throw(IndexError("early"))
except IndexError as e:
    print("IndexError", e)
print(next(t, "exhausted"))
