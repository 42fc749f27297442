# program: discrete-event bank queue simulation with a deterministic RNG
class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return (self.state >> 33) % n
rng = LCG(2024)
arrivals = []
t = 0
for cid in range(12):
    t += rng.next(5) + 1
    arrivals.append((t, cid, rng.next(7) + 2))
tellers = [0, 0]
waits = []
log = []
for arrive, cid, service in arrivals:
    idx = min(range(len(tellers)), key=lambda i: (tellers[i], i))
    start = max(arrive, tellers[idx])
    tellers[idx] = start + service
    waits.append(start - arrive)
    log.append((cid, arrive, idx, start, tellers[idx]))
for entry in log:
    print("cust %2d arrives %3d teller %d start %3d end %3d" % entry)
print("avg wait %.2f max wait %d busy until %s" % (sum(waits) / len(waits), max(waits), tellers))
