# 16 threads hammering a shared dict and list under a Lock: exact final counts.
import threading

N_THREADS = 16
N_ITER = 2000
lock = threading.Lock()
shared_dict = {}
shared_list = []
counter = [0]


def hammer(k):
    for i in range(N_ITER):
        key = i % 50
        with lock:
            shared_dict[key] = shared_dict.get(key, 0) + 1
            shared_list.append((k, i))
            counter[0] += 1
            if len(shared_list) > 100:
                del shared_list[:50]


ts = [threading.Thread(target=hammer, args=(k,)) for k in range(N_THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter[0], sum(shared_dict.values()), len(shared_dict))
print(all(v == N_THREADS * N_ITER // 50 for v in shared_dict.values()))
print(counter[0] - len(shared_list) == 50 * ((counter[0] - len(shared_list)) // 50))

# same with an RLock taken twice, and per-thread list appends (list.append is atomic under the GIL)
rl = threading.RLock()
appended = []


def hammer2(k):
    for i in range(1000):
        with rl:
            with rl:
                counter[0] += 1
        appended.append(k)


counter[0] = 0
ts = [threading.Thread(target=hammer2, args=(k,)) for k in range(N_THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter[0], len(appended), sorted(set(appended)) == list(range(N_THREADS)))
print(all(appended.count(k) == 1000 for k in range(N_THREADS)))
