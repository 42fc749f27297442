# attribute access and method calls
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Counter:
    total = 0

    def bump(self, v):
        self.total += v
        return self


def run(n):
    acc = Vec(0, 0)
    step = Vec(1, 2)
    c = Counter()
    s = 0
    for i in range(n):
        acc = acc.add(step)
        s += acc.dot(step) % 7
        c.bump(i & 3)
    return acc.x, acc.y, s, c.total

print(run(300_000))
