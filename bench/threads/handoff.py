# GIL hand-off latency: two threads ping-pong through two Locks, then two Events
# (microseconds per one-way hand-off)
import threading
import time

N = 5000
a = threading.Lock()
b = threading.Lock()
a.acquire()
b.acquire()


def pong_locks():
    for _ in range(N):
        a.acquire()
        b.release()


t = threading.Thread(target=pong_locks)
t.start()
t0 = time.perf_counter()
for _ in range(N):
    a.release()
    b.acquire()
dt = time.perf_counter() - t0
t.join()
print("RESULT lock_pingpong %.2f us/handoff" % (dt / (2 * N) * 1e6))

ea = threading.Event()
eb = threading.Event()


def pong_events():
    for _ in range(N):
        ea.wait()
        ea.clear()
        eb.set()


t = threading.Thread(target=pong_events)
t.start()
t0 = time.perf_counter()
for _ in range(N):
    ea.set()
    eb.wait()
    eb.clear()
dt = time.perf_counter() - t0
t.join()
print("RESULT event_pingpong %.2f us/handoff" % (dt / (2 * N) * 1e6))
