# program: a bitset class on top of Python ints
class BitSet:
    def __init__(self, items=()):
        self.bits = 0
        for i in items:
            self.add(i)
    def add(self, i):
        self.bits |= 1 << i
    def discard(self, i):
        self.bits &= ~(1 << i)
    def __contains__(self, i):
        return (self.bits >> i) & 1 == 1
    def __iter__(self):
        b, i = self.bits, 0
        while b:
            if b & 1:
                yield i
            b >>= 1
            i += 1
    def __len__(self):
        return bin(self.bits).count("1")
    def __or__(self, o):
        r = BitSet(); r.bits = self.bits | o.bits; return r
    def __and__(self, o):
        r = BitSet(); r.bits = self.bits & o.bits; return r
    def __sub__(self, o):
        r = BitSet(); r.bits = self.bits & ~o.bits; return r
    def __eq__(self, o):
        return self.bits == o.bits
    def __repr__(self):
        return "BitSet(%s)" % list(self)
a = BitSet([1, 3, 5, 70])
b = BitSet(range(0, 8, 2))
print(a, b, len(a), 70 in a, 71 in a, 4 in b)
print(a | b, a & BitSet([3, 70, 100]), a - BitSet([1, 70]), a == BitSet([70, 5, 3, 1]))
a.discard(70)
a.discard(99)
print(a, a.bits, hex((a | b).bits))
primes = BitSet(range(2, 100))
for p in range(2, 10):
    if p in primes:
        for m in range(p * p, 100, p):
            primes.discard(m)
print(list(primes), len(primes))
