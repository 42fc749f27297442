# threading.Timer.
import threading

done = threading.Event()
res = []
t = threading.Timer(0.01, lambda x, y=0: (res.append(x + y), done.set()), args=(1,), kwargs={"y": 2})
print(isinstance(t, threading.Thread), t.interval)
t.start()
print(done.wait(30))
t.join()
print(res, t.finished.is_set())

# cancel before it fires
res = []
t = threading.Timer(60, lambda: res.append("fired"))
t.start()
t.cancel()
t.join(30)
print(t.is_alive(), res)

# cancel before start
t = threading.Timer(0, lambda: res.append("fired"))
t.cancel()
t.start()
t.join()
print(res)

# default args
t = threading.Timer(0, lambda *a, **k: res.append((a, k)))
t.start()
t.join()
print(res)


class MyTimer(threading.Timer):
    pass


m = MyTimer(0, res.append, ["sub"])
m.start()
m.join()
print(res)
