# reimplementing iterator tools with classes and generators
class Chain:
    def __init__(self, *its):
        self.its = [iter(i) for i in its]
    def __iter__(self):
        return self
    def __next__(self):
        while self.its:
            try:
                return next(self.its[0])
            except StopIteration:
                self.its.pop(0)
        raise StopIteration
def my_zip(*its):
    its = [iter(i) for i in its]
    while True:
        row = []
        for it in its:
            try:
                row.append(next(it))
            except StopIteration:
                return
        yield tuple(row)
def my_islice(it, start, stop, step=1):
    for i, v in enumerate(it):
        if i >= stop:
            return
        if i >= start and (i - start) % step == 0:
            yield v
def my_groupby(it, key=lambda x: x):
    group, cur = [], object()
    for v in it:
        k = key(v)
        if group and k != cur:
            yield cur, group
            group = []
        cur = k
        group.append(v)
    if group:
        yield cur, group
print(list(Chain([1, 2], (), "ab", range(2))))
print(list(my_zip("abc", [1, 2, 3, 4], range(10))), list(my_zip("")))
print(list(my_islice(range(100), 5, 20, 4)), list(my_islice("abc", 0, 10)))
print(list(my_groupby("aaabccdd")), list(my_groupby([1, 3, 5, 2, 4, 7], key=lambda v: v % 2)))
c = Chain([1])
print(next(c), next(c, "end"), list(c))
