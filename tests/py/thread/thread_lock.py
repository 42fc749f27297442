# threading.Lock and threading.RLock.
import threading

lock = threading.Lock()
print(type(lock).__name__, lock.locked())
print(lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(blocking=False))
print(lock.acquire(timeout=0.01), lock.acquire(True, 0))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with lock:
    print("in with", lock.locked())
print(lock.locked())
for args, kw in [((False, 1), {}), ((True, -2), {}), ((), {"timeout": -5})]:
    try:
        lock.acquire(*args, **kw)
    except ValueError as e:
        print("ValueError:", e)
try:
    lock.acquire(timeout=threading.TIMEOUT_MAX * 2)
except OverflowError as e:
    print("OverflowError:", e)
print(lock.locked())

# a Lock may be released by another thread
lock.acquire()
t = threading.Thread(target=lock.release)
t.start()
t.join()
print("released by other thread:", lock.locked())

# an acquire with a timeout gives up while another thread holds the lock
lock.acquire()
res = []
t = threading.Thread(target=lambda: res.append(lock.acquire(timeout=0.05)))
t.start()
t.join()
print("timed out:", res)
lock.release()

# a blocked acquire succeeds once the holder releases
lock.acquire()
res = []
t = threading.Thread(target=lambda: res.append(lock.acquire(timeout=30)))
t.start()
lock.release()
t.join()
print("acquired after release:", res, lock.locked())
lock.release()

# RLock
rl = threading.RLock()
print(rl.acquire(), rl.acquire(), rl.acquire(False))
print(rl._is_owned())
rl.release()
rl.release()
rl.release()
print(rl._is_owned())
try:
    rl.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with rl:
    with rl:
        print("nested with")

rl.acquire()
res = []


def other():
    res.append(rl.acquire(False))
    try:
        rl.release()
    except RuntimeError as e:
        res.append(str(e))
    res.append(rl.acquire(timeout=0.02))


t = threading.Thread(target=other)
t.start()
t.join()
print(res)
rl.release()
t = threading.Thread(target=lambda: res.append(rl.acquire(False)) or rl.release())
t.start()
t.join()
print(res[-1])

# locks protect a counter
count = 0


def inc(lk, n):
    global count
    for _ in range(n):
        with lk:
            count += 1


for lk in (threading.Lock(), threading.RLock()):
    count = 0
    ts = [threading.Thread(target=inc, args=(lk, 500)) for _ in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(type(lk).__name__ in ("lock", "RLock"), count)
