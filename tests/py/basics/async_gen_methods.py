# async generators: asend, athrow, aclose and exceptions


def step(aw):
    """Drive one awaitable; report how it finished."""
    out = []
    while True:
        try:
            out.append(aw.send(None))
        except StopIteration as e:
            return ("value", e.value, out)
        except BaseException as e:
            return ("raised", type(e).__name__, str(e), out)


class Pause:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        x = yield self.v
        return x


async def echo():
    got = None
    while True:
        try:
            got = yield ("echo", got)
            await Pause("p%s" % (got,))
        except ValueError as e:
            got = "caught %s" % e
        except GeneratorExit:
            print("echo: GeneratorExit")
            raise


g = echo()
print(step(g.asend(None)))
print(step(g.asend(1)))
print(step(g.asend("two")))
print(step(g.athrow(ValueError("bad"))))
print(step(g.athrow(ValueError, "v2")))
print(step(g.athrow(KeyError("k"))))
print(step(g.asend(3)))
print(step(g.aclose()))

# asend into a just-started generator (keep suspended generators alive:
# CPython would finalize them when dropped)
keep = [g]
g = echo()
print(step(g.asend(5)))
print(step(g.asend(None)))

# reusing an awaitable
keep.append(g)
g = echo()
a = g.asend(None)
print(step(a))
print(step(a))
c = g.aclose()
print(step(c))
print(step(c))
print(step(g.aclose()))
print(step(g.asend(None)))


# sending values through an await
async def relay():
    x = await Pause("first")
    print("relay got", x)
    yield x
    yield "end"


g = relay()
a = g.asend(None)
print(a.send(None))
try:
    a.send("from driver")
except StopIteration as e:
    print("yielded", e.value)
print(step(g.asend(None)))
print(step(g.asend(None)))

# throwing into an awaitable while the generator awaits
g = relay()
a = g.__anext__()
print(a.send(None))
try:
    a.throw(OSError("io"))
except OSError as e:
    print("OSError", e)
print(step(g.__anext__()))


# aclose that is ignored
async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


g = stubborn()
print(step(g.asend(None)))
print(step(g.aclose()))
print(step(g.aclose()))


# aclose while a finally block awaits
async def tidy():
    try:
        yield 1
        yield 2
    finally:
        r = await Pause("cleanup")
        print("tidy cleanup done", r)


g = tidy()
print(step(g.asend(None)))
print(step(g.aclose()))

# aclose on a generator that never started
g = tidy()
print(step(g.aclose()))
print(step(g.asend(None)))


# exceptions raised inside
async def boom():
    yield 1
    raise ValueError("inside")


g = boom()
print(step(g.asend(None)))
print(step(g.asend(None)))
print(step(g.asend(None)))


async def bad_stop():
    yield 1
    raise StopIteration


async def bad_astop():
    yield 1
    raise StopAsyncIteration


for f in (bad_stop, bad_astop):
    g = f()
    print(step(g.asend(None)))
    print(step(g.asend(None)))

# athrow on a just-started generator
g = echo()
print(step(g.athrow(ValueError("early"))))
print(step(g.asend(None)))


# athrow caught and generator returns
async def once():
    try:
        yield 1
    except ValueError:
        print("once caught")


g = once()
print(step(g.asend(None)))
print(step(g.athrow(ValueError)))
print(step(g.athrow(ValueError)))

# second __anext__ while the first is suspended in an await
g = relay()
a = g.__anext__()
a.send(None)
print(step(g.__anext__()))

# argument errors
keep.append(g)
print(step(echo().athrow()))
g = echo()
for f in (lambda: g.asend(), lambda: g.aclose(1), lambda: g.asend(1, 2)):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
try:
    next(g)
except TypeError as e:
    print(e)
try:
    for x in g:
        pass
except TypeError as e:
    print(e)


async def await_agen():
    await echo()


print(step(await_agen()))

keep.append(g)
for k in keep:
    print(step(k.aclose()))
