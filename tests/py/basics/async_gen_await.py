# await on generator-based coroutines; async generator syntax errors
import sys
import types


def run(coro):
    while True:
        try:
            v = coro.send(None)
        except StopIteration as e:
            return e.value
        print("loop got", v)


@types.coroutine
def wait(n):
    print("wait", n)
    got = yield "waiting %d" % n
    print("wait got", got)
    return n * 2


async def f():
    x = await wait(1)
    y = await wait(x) + 1
    return x, y


c = f()
print(c.send(None))
print(c.send("hello"))
try:
    c.send("again")
except StopIteration as e:
    print("result", e.value)

print(types.coroutine(wait) is wait)


# a plain generator object is awaitable (MicroPython semantics)
def plain():
    yield "plain 1"
    yield "plain 2"
    return "plain done"


if sys.implementation.name != "micropython":
    # CPython needs the decorator; MicroPython awaits generators directly.
    plain = types.coroutine(plain)


async def g():
    r = await plain()
    print("plain returned", r)
    return r


print(run(g()))


# a generator with try/finally, awaited and interrupted with throw
@types.coroutine
def guarded():
    try:
        yield "guarded"
    finally:
        print("guarded finally")


async def h():
    try:
        await guarded()
    except KeyError as e:
        print("h caught", repr(e))
    return "h done"


c = h()
print(c.send(None))
try:
    c.throw(KeyError("x"))
except StopIteration as e:
    print(e.value)


# async with whose __aenter__/__aexit__ await generators
class Ctx:
    async def __aenter__(self):
        print("enter", await wait(10))
        return self

    async def __aexit__(self, *exc):
        print("exit", await wait(20))


async def w():
    async with Ctx() as c:
        print("body", await wait(30))


run(w())


# non-awaitables keep CPython's error
async def bad(x):
    await x


class NotAw:
    pass


for x in (1, "s", NotAw(), None):
    try:
        bad(x).send(None)
    except TypeError as e:
        print("TypeError:", e)


# awaiting an async generator inside an async generator
async def inner():
    yield 1
    await wait(5)
    yield 2


async def outer():
    it = inner()
    yield await it.__anext__()
    yield await it.__anext__() * 100
    async for v in inner():
        yield -v


async def collect():
    return [v async for v in outer()]


print(run(collect()))

# SyntaxErrors
for src in (
    "async def f():\n    yield 1\n    return 2",
    "async def f():\n    return 2\n    yield",
    "async def f():\n    yield from [1]",
    "async def f():\n    x = yield from g()",
    "async def f():\n    return\n    yield",
    "async def f():\n    yield\n    return None",
    "def f():\n    await x",
    "def f():\n    async for x in y: pass",
    "[x async for x in y]",
):
    try:
        compile(src, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
