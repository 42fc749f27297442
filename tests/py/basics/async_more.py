# coroutines: await chains, exceptions, non-awaitables, scheduler built on send()
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        for _ in range(self.ticks):
            yield self
        return self.ticks
async def worker(name, steps, log):
    total = 0
    for i in range(steps):
        total += await Sleep(i % 2 + 1)
        log.append("%s step %d" % (name, i))
    return name + " done " + str(total)
def run_all(coros):
    results = {}
    queue = list(coros.items())
    while queue:
        name, c = queue.pop(0)
        try:
            c.send(None)
            queue.append((name, c))
        except StopIteration as e:
            results[name] = e.value
    return results
log = []
res = run_all({"a": worker("a", 3, log), "b": worker("b", 2, log), "c": worker("c", 1, log)})
print(log)
print(sorted(res.items()))
async def fails():
    await Sleep(1)
    raise KeyError("coro failure")
async def catches():
    try:
        await fails()
    except KeyError as e:
        return "caught " + str(e)
c = catches()
c.send(None)
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
async def bad_await():
    await 5
try:
    bad_await().send(None)
except TypeError as e:
    print("TypeError", e)
async def nested(n):
    if n == 0:
        return 0
    return n + await nested(n - 1)
c = nested(10)
try:
    c.send(None)
except StopIteration as e:
    print("nested", e.value)
async def f():
    return 1
co = f()
co.close()
async def g():
    return [await f() for _ in range(3)] if False else 3
try:
    g().send(None)
except StopIteration as e:
    print("g", e.value)
