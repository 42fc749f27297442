# threading.Condition with Lock and RLock: wait/notify/notify_all/wait_for.
import threading

for make in (threading.Lock, threading.RLock, None):
    c = threading.Condition(make()) if make else threading.Condition()
    print("lock:", make.__name__ if make else "default")
    try:
        c.wait(0.01)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        c.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        c.notify_all()
    except RuntimeError as e:
        print("RuntimeError:", e)
    with c:
        print("wait timeout:", c.wait(0.01))
        print("wait 0:", c.wait(0))
        print("wait_for true:", c.wait_for(lambda: 42))
        print("wait_for timeout:", c.wait_for(lambda: 0, 0.02))
        c.notify()
        c.notify_all()
    print(c.acquire(), c.acquire(False) if make is not threading.Lock else "-")
    c.release()
    if make is not threading.Lock:
        c.release()

# notify wakes exactly n waiters; notify_all wakes the rest
c = threading.Condition()
state = {"waiting": 0, "woken": 0, "go": 0}


def waiter():
    with c:
        state["waiting"] += 1
        c.notify_all()
        while state["go"] == 0:
            c.wait()
        state["go"] -= 1
        state["woken"] += 1
        c.notify_all()


ts = [threading.Thread(target=waiter) for _ in range(6)]
for t in ts:
    t.start()
with c:
    print(c.wait_for(lambda: state["waiting"] == 6, 30))
    state["go"] = 2
    c.notify(2)
    print(c.wait_for(lambda: state["woken"] == 2, 30))
    state["go"] = 4
    c.notify_all()
    print(c.wait_for(lambda: state["woken"] == 6, 30))
for t in ts:
    t.join()
print(state)

# wait returns True when notified; RLock state (recursion level) is restored
c = threading.Condition(threading.RLock())
res = []
ready = threading.Event()


def w2():
    with c:
        with c:
            ready.set()
            res.append(c.wait(30))
        res.append(c._is_owned())
    res.append(c._is_owned())


t = threading.Thread(target=w2)
t.start()
ready.wait()
with c:
    c.notify()
t.join()
print(res)

# producer / consumer over a Condition
buf = []
cond = threading.Condition(threading.Lock())
N = 2000
consumed = []


def producer(base):
    for i in range(N // 4):
        with cond:
            buf.append(base + i)
            cond.notify()


def consumer():
    got = 0
    while True:
        with cond:
            cond.wait_for(lambda: buf, 30)
            item = buf.pop(0)
        if item is None:
            break
        consumed.append(item)


cs = [threading.Thread(target=consumer) for _ in range(3)]
ps = [threading.Thread(target=producer, args=(k * 100000,)) for k in range(4)]
for t in cs + ps:
    t.start()
for t in ps:
    t.join()
with cond:
    buf.extend([None] * 3)
    cond.notify_all()
for t in cs:
    t.join()
print(len(consumed), len(set(consumed)), sum(consumed) == sum(k * 100000 + i for k in range(4) for i in range(N // 4)))
print(repr(threading.Condition(threading.Lock())).startswith("<Condition(<unlocked _thread.lock object at "))
