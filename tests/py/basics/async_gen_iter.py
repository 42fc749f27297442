# async generators: async for, __anext__, driven by a tiny event loop
import types


def run(coro):
    """Drive a coroutine with send(None), printing what it passes through."""
    while True:
        try:
            v = coro.send(None)
        except StopIteration as e:
            return e.value
        print("loop got", v)


@types.coroutine
def sleep(tag):
    r = yield ("sleep", tag)
    return r


async def count(n):
    for i in range(n):
        await sleep(i)
        yield i * 10
    print("count done")


async def main():
    total = 0
    async for x in count(3):
        print("x", x)
        total += x
    return total


print("total", run(main()))


async def empty():
    return
    yield


async def main2():
    async for x in empty():
        print("never", x)
    else:
        print("else branch")
    g = empty()
    print(g.__aiter__() is g)
    try:
        await g.__anext__()
    except StopAsyncIteration as e:
        print("StopAsyncIteration", e.args)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("again StopAsyncIteration")
    return "ok"


print(run(main2()))


async def brk():
    try:
        for i in range(10):
            yield i
    finally:
        print("brk finally")


async def main3():
    g = brk()
    async for x in g:
        if x == 2:
            break
        print("got", x)
    print("after break")
    await g.aclose()
    print("closed")
    async for x in g:
        print("not reached", x)
    print("empty after close")


run(main3())

# comprehensions
async def agen(n):
    for i in range(n):
        yield i


async def double(x):
    await sleep("d%d" % x)
    return 2 * x


async def comps():
    print([x async for x in agen(4)])
    print({x: x * x async for x in agen(3)})
    print({x % 2 async for x in agen(5)})
    print([x async for x in agen(6) if x % 2])
    print([await double(x) for x in range(3)])
    print([await double(x) async for x in agen(2)])
    ge = (x + 1 async for x in agen(3))
    print(type(ge).__name__)
    print([y async for y in ge])


run(comps())

# types and names
g = count(1)
print(type(g).__name__, g.__name__, g.__qualname__)
print(type(g.__anext__()).__name__, type(g.asend(None)).__name__)
print(type(g.athrow(ValueError)).__name__, type(g.aclose()).__name__)
print(hasattr(g, "send"), hasattr(g, "__next__"), hasattr(g, "__aiter__"))
print(g.ag_running, g.ag_await)
a = g.__anext__()
print(a.__await__() is a, iter(a) is a)
print(repr(g).startswith("<async_generator object count at "))
