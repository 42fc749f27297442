# Threads sharing one native file object: buffered writes and line iteration stay consistent.
import threading
lock = threading.Lock()  # CPython text files are not thread-safe themselves
p = "/tmp/_mprt_io_threads.txt"
f = open(p, "w")
def work(k):
    for i in range(2000):
        with lock:
            f.write("t%d %d\n" % (k, i))
ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
f.close()
lines = open(p).read().splitlines()
print(len(lines), len(set(lines)))
g = open(p)
out = []
def rd():
    while True:
        with lock:
            line = g.readline()
        if not line:
            break
        out.append(line)
ts = [threading.Thread(target=rd) for k in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(len(out), sorted(out) == sorted(l + "\n" for l in lines))
import os; os.remove(p)
