# generators as methods: __iter__ generators, reusable iterables, generator attributes
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)
    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.leaves()
t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6)))
print(list(t), list(t), sum(t), max(t))
for d, v in t.depth_first():
    print("  " * d + str(v))
print(list(t.leaves()), 5 in t, 7 in t)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
c = Countdown(3)
it1, it2 = iter(c), iter(c)
print(next(it1), next(it1), next(it2), list(it1), list(it2))
class Paged:
    def __init__(self, items, size):
        self.items, self.size = items, size
    def pages(self):
        for i in range(0, len(self.items), self.size):
            yield self.items[i:i + self.size]
print(list(Paged(list(range(7)), 3).pages()))
