# program: event system with callbacks, bound methods and closures
class Emitter:
    def __init__(self):
        self.handlers = {}
    def on(self, name, fn=None):
        def register(f):
            self.handlers.setdefault(name, []).append(f)
            return f
        return register(fn) if fn else register
    def off(self, name, fn):
        self.handlers[name].remove(fn)
    def emit(self, event, *args, **kw):
        results = []
        for h in list(self.handlers.get(event, [])):
            try:
                results.append(h(*args, **kw))
            except Exception as e:
                results.append("error: %s %s" % (type(e).__name__, e))
        return results
em = Emitter()
log = []
@em.on("greet")
def hello(name):
    log.append("hello " + name)
    return len(name)
class Listener:
    def __init__(self, tag):
        self.tag = tag
        self.seen = 0
    def handle(self, name):
        self.seen += 1
        return self.tag + ":" + name
l1 = Listener("L1")
em.on("greet", l1.handle)
em.on("greet", lambda name: name.upper())
em.on("greet", lambda name: 1 / 0)
print(em.emit("greet", "bob"))
print(em.emit("greet", name="al"))
print(em.emit("unknown"))
em.off("greet", hello)
print(em.emit("greet", "x"), log, l1.seen)
counter = {"n": 0}
def make_counter(step):
    def c(*_):
        counter["n"] += step
        return counter["n"]
    return c
for s in (1, 10, 100):
    em.on("tick", make_counter(s))
for _ in range(3):
    print(em.emit("tick"))
def once(fn):
    def wrapper(*a):
        em.off("boot", wrapper)
        return fn(*a)
    return wrapper
em.on("boot", once(lambda: "booted"))
print(em.emit("boot"), em.emit("boot"))
