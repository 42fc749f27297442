# threading.Event.
import threading

e = threading.Event()
print(e.is_set(), e.wait(0), e.wait(0.01))
e.set()
print(e.is_set(), e.wait(), e.wait(0), e.wait(5))
e.clear()
print(e.is_set(), e.wait(0.01))

# many waiters released by one set()
e = threading.Event()
res = []
lock = threading.Lock()


def w():
    r = e.wait(30)
    with lock:
        res.append(r)


ts = [threading.Thread(target=w) for _ in range(10)]
for t in ts:
    t.start()
e.set()
for t in ts:
    t.join()
print(res)

# wait with timeout returns False when nobody sets it
res = []
e2 = threading.Event()
t = threading.Thread(target=lambda: res.append(e2.wait(0.05)))
t.start()
t.join()
print(res)

# ping-pong between two threads
a, b = threading.Event(), threading.Event()
log = []


def pong():
    for i in range(50):
        a.wait()
        a.clear()
        log.append("pong")
        b.set()


t = threading.Thread(target=pong)
t.start()
for i in range(50):
    log.append("ping")
    a.set()
    b.wait()
    b.clear()
t.join()
print(log == ["ping", "pong"] * 50)
