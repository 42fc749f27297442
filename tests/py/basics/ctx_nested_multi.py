# nested and multi-item with statements: order of enter/exit, partial failures
log = []


class R:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name = name
        self.fail_enter = fail_enter
        self.suppress = suppress

    def __enter__(self):
        if self.fail_enter:
            log.append("fail " + self.name)
            raise ValueError(self.name)
        log.append("enter " + self.name)
        return self

    def __exit__(self, t, v, tb):
        log.append("exit %s %s" % (self.name, t.__name__ if t else "-"))
        return self.suppress


with R("a") as a, R("b") as b:
    log.append("body %s %s" % (a.name, b.name))
print(log)
log.clear()

try:
    with R("a"), R("b", fail_enter=True), R("c"):
        log.append("body")
except ValueError as e:
    log.append("caught " + str(e))
print(log)
log.clear()

with R("outer", suppress=True):
    with R("inner"):
        raise KeyError("x")
print(log)
log.clear()

# parenthesized multi-item (3.10+)
with (
    R("p") as p,
    R("q") as q,
):
    log.append("paren body")
print(log)
log.clear()

# target can be any assignment target
store = {}
with R("t") as store["key"]:
    pass
with R("u") as (store["x"]):
    pass
print(sorted(store), store["key"].name)

# missing protocol methods
class NoExit:
    def __enter__(self):
        return 1


for obj in [NoExit(), 5]:
    try:
        with obj:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
