# threading.Semaphore and BoundedSemaphore.
import threading

for bad in (-1,):
    try:
        threading.Semaphore(bad)
    except ValueError as e:
        print("ValueError:", e)
s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01))
try:
    s.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
s.release()
print(s.acquire(blocking=False))
s.release(2)
print(s.acquire(False), s.acquire(False), s.acquire(False))
try:
    s.release(0)
except ValueError as e:
    print("ValueError:", e)
s.release()
with s:
    print("with semaphore", s.acquire(False))
s0 = threading.Semaphore(0)
print(s0.acquire(False))

b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
b.acquire()
b.acquire()
try:
    b.release(3)
except ValueError as e:
    print("ValueError:", e)
b.release(2)
print(b.acquire(False), b.acquire(False), b.acquire(False))
print(isinstance(b, threading.Semaphore))

# a semaphore limits concurrency
sem = threading.BoundedSemaphore(3)
lock = threading.Lock()
cur = [0, 0]
ev = threading.Event()


def limited():
    with sem:
        with lock:
            cur[0] += 1
            cur[1] = max(cur[1], cur[0])
        for _ in range(200):
            pass
        with lock:
            cur[0] -= 1


ts = [threading.Thread(target=limited) for _ in range(12)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("max concurrent <= 3:", cur[1] <= 3, cur[0])

# producer / consumer over two semaphores (bounded buffer)
SIZE = 4
empty = threading.Semaphore(SIZE)
full = threading.Semaphore(0)
mutex = threading.Lock()
buf = []
out = []


def producer():
    for i in range(1000):
        empty.acquire()
        with mutex:
            buf.append(i)
            assert len(buf) <= SIZE
        full.release()


def consumer():
    for _ in range(1000):
        full.acquire()
        with mutex:
            out.append(buf.pop(0))
        empty.release()


p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
c.start()
p.start()
p.join()
c.join()
print(out == list(range(1000)), buf)

# acquire with a timeout succeeds when released by another thread
s = threading.Semaphore(0)
res = []
t = threading.Thread(target=lambda: res.append(s.acquire(timeout=30)))
t.start()
s.release()
t.join()
print(res)
