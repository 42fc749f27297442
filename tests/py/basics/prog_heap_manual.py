# program: priority queue implemented manually, used for k-way merge and scheduling
class Heap:
    def __init__(self):
        self.a = []
    def push(self, v):
        a = self.a
        a.append(v)
        i = len(a) - 1
        while i and a[(i - 1) // 2] > a[i]:
            a[(i - 1) // 2], a[i] = a[i], a[(i - 1) // 2]
            i = (i - 1) // 2
    def pop(self):
        a = self.a
        if not a:
            raise IndexError("pop from empty heap")
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            while True:
                l, r, s = 2 * i + 1, 2 * i + 2, i
                if l < len(a) and a[l] < a[s]:
                    s = l
                if r < len(a) and a[r] < a[s]:
                    s = r
                if s == i:
                    break
                a[i], a[s] = a[s], a[i]
                i = s
        return top
    def __len__(self):
        return len(self.a)
h = Heap()
for v in [5, 3, 9, 1, 7, 2, 8]:
    h.push(v)
print([h.pop() for _ in range(len(h))])
def kmerge(*lists):
    h = Heap()
    for li, lst in enumerate(lists):
        if lst:
            h.push((lst[0], li, 0))
    out = []
    while len(h):
        v, li, idx = h.pop()
        out.append(v)
        if idx + 1 < len(lists[li]):
            h.push((lists[li][idx + 1], li, idx + 1))
    return out
print(kmerge([1, 4, 9], [2, 3, 10], [], [0, 5]))
jobs = Heap()
for t, name in [(5, "backup"), (1, "boot"), (3, "sync"), (1, "auth")]:
    jobs.push((t, name))
while len(jobs):
    print(jobs.pop())
try:
    jobs.pop()
except IndexError as e:
    print("IndexError", e)
