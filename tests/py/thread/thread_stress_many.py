# 1000 threads started and joined (in waves of 100 alive at once).
import threading

count = [0]
lock = threading.Lock()


def work(i):
    with lock:
        count[0] += i


total = 0
for wave in range(10):
    ts = [threading.Thread(target=work, args=(wave * 100 + i,)) for i in range(100)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    total += len(ts)
print(total, count[0] == sum(range(1000)), threading.active_count())

# 200 threads alive at the same time
ev = threading.Event()
ready = threading.Semaphore(0)


def wait_for_go():
    ready.release()
    ev.wait()


ts = [threading.Thread(target=wait_for_go) for _ in range(200)]
for t in ts:
    t.start()
for t in ts:
    ready.acquire()
print(threading.active_count())
ev.set()
for t in ts:
    t.join()
print(threading.active_count(), any(t.is_alive() for t in ts))
