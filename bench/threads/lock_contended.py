# contended lock: 4 threads incrementing one counter under one Lock (ops/s)
import threading
import time

THREADS = 4
N = 20000
lock = threading.Lock()
count = [0]


def work():
    for _ in range(N):
        with lock:
            count[0] += 1


for rnd in range(2):
    count[0] = 0
    ts = [threading.Thread(target=work) for _ in range(THREADS)]
    t0 = time.perf_counter()
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    dt = time.perf_counter() - t0
    assert count[0] == THREADS * N
print("RESULT contended_lock_4threads %.0f ops/s" % (THREADS * N / dt))
