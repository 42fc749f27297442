# threading.Thread API: naming, repr, start/join errors, properties.
import threading
import _thread

print(threading.current_thread().name)
print(threading.main_thread() is threading.current_thread())
print(threading.main_thread().daemon, threading.main_thread().is_alive())
print(type(threading.get_ident()) is int, threading.get_ident() == _thread.get_ident())
print(type(threading.get_native_id()) is int)
print(threading.current_thread().ident == threading.get_ident())
print(threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX, threading.TIMEOUT_MAX > 1e6)
print(threading.ThreadError is _thread.error)


def work(a, b, c=0):
    out.append((a, b, c, threading.current_thread().name))


out = []
t = threading.Thread(target=work, args=(1, 2), kwargs={"c": 3})
print(t.name, t.ident, t.native_id, t.daemon, t.is_alive())
print(repr(t))
t.start()
t.join()
print(out)
print(t.is_alive(), type(t.ident) is int, type(t.native_id) is int)
r = repr(t)
print(r[: r.rindex(" ")] + ")>")

# naming: the counter is shared by every unnamed thread
t2 = threading.Thread(target=work, args=(0, 0))
t3 = threading.Thread(name="custom", target=work, args=(0, 0))
t4 = threading.Thread()
t5 = threading.Thread(target=lambda: None)
print(t2.name, t3.name, t4.name, t5.name)
t3.name = "renamed"
print(t3.name)


class Callable:
    def __call__(self):
        pass


print(threading.Thread(target=Callable()).name)

# errors
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    t2.join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)


def join_self():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        out.append(str(e))


out = []
t6 = threading.Thread(target=join_self)
t6.start()
t6.join()
print(out)

# daemon
d = threading.Thread(target=lambda: None, daemon=True)
print(d.daemon)
d.daemon = False
print(d.daemon)
d.start()
try:
    d.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
d.join()


def child_daemon():
    out.append(threading.Thread(target=lambda: None).daemon)


out = []
p = threading.Thread(target=child_daemon, daemon=True)
p.start()
p.join()
print("inherited daemon:", out)


# subclass overriding run
class MyThread(threading.Thread):
    def __init__(self, n):
        super().__init__(name="my-%d" % n)
        self.n = n
        self.result = None

    def run(self):
        self.result = self.n * 2


ms = [MyThread(i) for i in range(4)]
for m in ms:
    m.start()
for m in ms:
    m.join()
print([(m.name, m.result) for m in ms])
print(repr(ms[0]).startswith("<MyThread(my-0, stopped "))


class NoInit(threading.Thread):
    def __init__(self):
        pass


try:
    NoInit().start()
except RuntimeError as e:
    print("RuntimeError:", e)

# join with timeout on a thread that is still running
ev = threading.Event()
w = threading.Thread(target=ev.wait)
w.start()
print(w.join(0.01), w.is_alive())
ev.set()
w.join()
print(w.is_alive())
w.join()  # joining twice is fine
w.join(-1)

# enumerate / active_count while threads are alive
ev = threading.Event()
started = threading.Semaphore(0)


def hold():
    started.release()
    ev.wait()


hs = [threading.Thread(target=hold) for _ in range(3)]
for h in hs:
    h.start()
for h in hs:
    started.acquire()
print(threading.active_count(), len(threading.enumerate()))
print(all(h in threading.enumerate() for h in hs))
print(threading.main_thread() in threading.enumerate())
ev.set()
for h in hs:
    h.join()
print(threading.active_count(), threading.enumerate() == [threading.main_thread()])


# current_thread inside a thread
def whoami():
    ct = threading.current_thread()
    out.append((ct.name, ct is not threading.main_thread(), ct.ident == threading.get_ident()))


out = []
t = threading.Thread(target=whoami, name="worker")
t.start()
t.join()
print(out)

# idents of concurrently alive threads are distinct
ev = threading.Event()
ids = []


def rec():
    ids.append(threading.get_ident())
    ev.wait()


rs = [threading.Thread(target=rec) for _ in range(5)]
for r in rs:
    r.start()
ev.set()
for r in rs:
    r.join()
print(len(set(ids)), sorted(ids) == sorted(r.ident for r in rs))
