# async def coroutines driven manually with send(None)
class Yield:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        got = yield self.v
        return ("resumed", got)
async def leaf(n):
    r = await Yield(n)
    return n * 10, r
async def middle():
    a = await leaf(1)
    b = await leaf(2)
    return [a, b]
coro = middle()
print(coro.send(None))
print(coro.send("x"))
try:
    coro.send("y")
except StopIteration as e:
    print("done", e.value)
async def simple():
    return 42
c = simple()
try:
    c.send(None)
except StopIteration as e:
    print("simple", e.value)
async def raiser():
    await Yield("before")
    raise ValueError("in coro")
c = raiser()
print(c.send(None))
try:
    c.send(None)
except ValueError as e:
    print("ValueError", e)
def run(coro):
    steps = 0
    val = None
    while True:
        try:
            val = coro.send(val)
            steps += 1
        except StopIteration as e:
            return steps, e.value
async def countdown(n):
    total = 0
    while n:
        total += (await Yield(n))[0] == "resumed"
        n -= 1
    return total
print(run(countdown(4)))
class ACM:
    async def __aenter__(self):
        print("aenter")
        return "acm"
    async def __aexit__(self, *a):
        print("aexit")
        return False
class AIter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Yield(self.i)
        return self.i
async def uses():
    async with ACM() as v:
        print("inside", v)
    out = []
    async for x in AIter(3):
        out.append(x)
    return out
print(run(uses()))
c = simple()
c.close()
print("closed")
c = leaf(5)
c.send(None)
try:
    c.throw(KeyError("thrown"))
except KeyError as e:
    print("KeyError", e)
