# A thread blocked in time.sleep / Lock.acquire / Event.wait / Condition.wait /
# Thread.join does not stop another thread from making progress.
import threading
import time


def measure(block, release):
    """Run block() in a thread; count iterations of a busy thread meanwhile."""
    blocked = threading.Event()
    stop = threading.Event()
    iters = [0]

    def blocker():
        blocked.set()
        block()

    def busy():
        blocked.wait()
        while not stop.is_set():
            iters[0] += 1

    b = threading.Thread(target=blocker)
    w = threading.Thread(target=busy)
    b.start()
    w.start()
    # wait (generously) until the busy thread made progress
    deadline = time.monotonic() + 30
    while iters[0] < 1000 and time.monotonic() < deadline:
        time.sleep(0.001)
    alive = b.is_alive()
    release()
    b.join()
    stop.set()
    w.join()
    return iters[0] > 0, alive


print("sleep", measure(lambda: time.sleep(0.5), lambda: None))
lk = threading.Lock()
lk.acquire()
print("lock", measure(lambda: lk.acquire(), lk.release))
ev = threading.Event()
print("event", measure(lambda: ev.wait(), ev.set))
cond = threading.Condition()
flag = []


def cond_block():
    with cond:
        cond.wait_for(lambda: flag)


def cond_release():
    with cond:
        flag.append(1)
        cond.notify_all()


print("condition", measure(cond_block, cond_release))
sem = threading.Semaphore(0)
print("semaphore", measure(sem.acquire, sem.release))
gate = threading.Event()
other = threading.Thread(target=gate.wait)
other.start()
print("join", measure(other.join, gate.set))

# the main thread blocked in sleep lets workers run
n = [0]
st = threading.Event()


def spin():
    while not st.is_set():
        n[0] += 1


t = threading.Thread(target=spin)
t.start()
time.sleep(0.05)
st.set()
t.join()
print("main sleep progress", n[0] > 0)
