# generator send/throw/close semantics
def echo():
    received = []
    try:
        while True:
            try:
                x = yield len(received)
                received.append(x)
            except ValueError as e:
                received.append("VE:" + str(e))
    finally:
        print("finally, received", received)


g = echo()
print(next(g))
print(g.send("a"), g.send("b"))
print(g.throw(ValueError("oops")))
print(g.throw(ValueError, "cls+msg") if False else g.send(None))
g.close()
print("closed")
try:
    next(g)
except StopIteration:
    print("StopIteration after close")

g2 = echo()
try:
    g2.send("x")
except TypeError as e:
    print(type(e).__name__, e)


def unhandled():
    yield 1
    yield 2


g3 = unhandled()
next(g3)
try:
    g3.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
try:
    next(g3)
except StopIteration:
    print("exhausted after throw")


def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"


g4 = ignores_exit()
next(g4)
try:
    g4.close()
except RuntimeError as e:
    print(type(e).__name__, e)

# throw into a not-started generator raises immediately
g5 = unhandled()
try:
    g5.throw(IndexError("early"))
except IndexError as e:
    print("early", e)
print(list(g5))
# close on an unstarted generator is fine
g6 = unhandled()
g6.close()
print(list(g6))
