# GC under concurrent allocation: threads build and drop cyclic structures
# while another thread keeps calling gc.collect().
import gc
import threading


class Node:
    def __init__(self, v):
        self.v = v
        self.next = None
        self.data = [v] * 5


stop = threading.Event()
collections = [0]
built = []
lock = threading.Lock()


def collector():
    while not stop.is_set():
        gc.collect()
        collections[0] += 1


def builder(k):
    total = 0
    for i in range(300):
        # a ring of 10 nodes plus a self-referencing dict and list
        first = Node(0)
        cur = first
        for j in range(1, 10):
            n = Node(j)
            cur.next = n
            cur = n
        cur.next = first
        d = {"self": None, "ring": first}
        d["self"] = d
        lst = [d]
        lst.append(lst)
        # walk the ring to check it is intact
        s = 0
        cur = first
        for _ in range(10):
            s += cur.v + len(cur.data)
            cur = cur.next
        total += s
        del first, cur, n, d, lst
    with lock:
        built.append(total)


c = threading.Thread(target=collector)
c.start()
ts = [threading.Thread(target=builder, args=(k,)) for k in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
stop.set()
c.join()
print(len(built), set(built) == {300 * (45 + 50)}, collections[0] > 0)
gc.collect()
print("ok")
