# uncontended acquire/release rate (ops/s) for Lock, RLock, with-statement
import threading
import time

N = 200000
for name, lk in (("Lock", threading.Lock()), ("RLock", threading.RLock())):
    acq, rel = lk.acquire, lk.release
    t0 = time.perf_counter()
    for _ in range(N):
        acq()
        rel()
    dt = time.perf_counter() - t0
    print("RESULT %s_acquire_release %.0f ops/s" % (name, N / dt))
    t0 = time.perf_counter()
    for _ in range(N):
        with lk:
            pass
    dt = time.perf_counter() - t0
    print("RESULT %s_with %.0f ops/s" % (name, N / dt))
