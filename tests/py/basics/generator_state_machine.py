# generators as state machines
def traffic_light():
    while True:
        for state, ticks in (("green", 3), ("yellow", 1), ("red", 2)):
            for t in range(ticks):
                yield state, t
tl = traffic_light()
print([next(tl) for _ in range(8)])
def parser():
    buf = ""
    out = []
    while True:
        ch = yield out
        if ch is None:
            break
        if ch == ",":
            out.append(buf)
            buf = ""
        else:
            buf += ch
    if buf:
        out.append(buf)
    yield out
p = parser()
next(p)
for ch in "ab,c,,def":
    p.send(ch)
print(p.send(None))
def vending():
    credit = 0
    while True:
        cmd = yield credit
        if isinstance(cmd, int):
            credit += cmd
        elif cmd == "buy":
            if credit >= 3:
                credit -= 3
                print("  vended, change", credit)
                credit = 0
            else:
                print("  need", 3 - credit, "more")
v = vending()
next(v)
for cmd in [1, "buy", 1, 2, "buy", 5, "buy"]:
    print(cmd, "->", v.send(cmd))
