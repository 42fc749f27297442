# thread start + join rate (threads/s), via threading and via _thread
import threading
import _thread
import time

N = 2000
done = [0]


def work():
    done[0] += 1


t0 = time.perf_counter()
for _ in range(N // 50):
    ts = [threading.Thread(target=work) for _ in range(50)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
dt = time.perf_counter() - t0
assert done[0] == N
print("RESULT threading_start_join %.1f threads/s" % (N / dt))

lock = _thread.allocate_lock()


def raw(l):
    l.release()


t0 = time.perf_counter()
for _ in range(N):
    l = _thread.allocate_lock()
    l.acquire()
    _thread.start_new_thread(raw, (l,))
    l.acquire()
dt = time.perf_counter() - t0
print("RESULT _thread_start %.1f threads/s" % (N / dt))
