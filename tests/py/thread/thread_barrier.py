# threading.Barrier with 8 threads, action, abort, reset, timeout.
import threading

print(issubclass(threading.BrokenBarrierError, RuntimeError))
b = threading.Barrier(8)
print(b.parties, b.n_waiting, b.broken)
lock = threading.Lock()
idx = []
phases = []


def worker(k):
    for phase in range(5):
        i = b.wait(30)
        with lock:
            idx.append(i)
            phases.append(phase)


ts = [threading.Thread(target=worker, args=(k,)) for k in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(idx) == sorted(list(range(8)) * 5), len(phases), b.n_waiting, b.broken)

# action runs once per cycle
calls = []
b = threading.Barrier(4, action=lambda: calls.append(1))
ts = [threading.Thread(target=b.wait) for _ in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("actions:", len(calls))

# abort breaks waiting threads
b = threading.Barrier(3)
errs = []


def w():
    try:
        b.wait(30)
    except threading.BrokenBarrierError:
        with lock:
            errs.append("broken")


ts = [threading.Thread(target=w) for _ in range(2)]
for t in ts:
    t.start()
while b.n_waiting < 2:
    pass
b.abort()
for t in ts:
    t.join()
print(errs, b.broken, b.n_waiting)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("still broken")
b.reset()
print(b.broken)

# timeout breaks the barrier
b = threading.Barrier(2)
try:
    b.wait(0.02)
except threading.BrokenBarrierError:
    print("timeout -> broken", b.broken)
b.reset()

# a default timeout
b = threading.Barrier(2, timeout=0.02)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("default timeout -> broken", b.broken)

# a failing action breaks the barrier for everybody
def bad():
    raise ValueError("action failed")


b = threading.Barrier(2, action=bad)
res = []


def w2():
    try:
        b.wait(30)
    except Exception as e:
        with lock:
            res.append(type(e).__name__)


ts = [threading.Thread(target=w2) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(res), b.broken)

# reset while threads wait: they get BrokenBarrierError, the barrier is usable again
b = threading.Barrier(3)
errs = []
ts = [threading.Thread(target=w2) for _ in range(2)]
res = []
for t in ts:
    t.start()
while b.n_waiting < 2:
    pass
b.reset()
for t in ts:
    t.join()
print(res, b.broken)
ts = [threading.Thread(target=b.wait) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("reused", b.broken, b.n_waiting)
