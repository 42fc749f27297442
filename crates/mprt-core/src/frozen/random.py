"""random: pseudo-random numbers (frozen).

The generator is xorshift64* (Marsaglia's xorshift with a multiplicative
output scramble) over a 64-bit state; seeds are mixed with splitmix64. The
sequences differ from CPython's Mersenne Twister: only the documented
properties (ranges, determinism for a given seed) hold.
"""

_MASK = (1 << 64) - 1


def _splitmix(x):
    x = (x + 0x9E3779B97F4A7C15) & _MASK
    z = x
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK
    return z ^ (z >> 31)


def _index(v):
    f = getattr(type(v), "__index__", None)
    if f is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return f(v)


class Random:
    """A pseudo-random generator instance."""

    def __init__(self, x=None):
        self.seed(x)

    def seed(self, a=None, version=2):
        """Initialise the state from a (int/str/bytes/None = OS randomness)."""
        if a is None:
            try:
                import _os

                a = int.from_bytes(_os.urandom(8), "little")
            except Exception:
                import _time

                a = _time.time_ns()
        elif isinstance(a, (str, bytes, bytearray)):
            if isinstance(a, str):
                a = a.encode()
            h = 0xCBF29CE484222325
            for b in a:
                h = ((h ^ b) * 0x100000001B3) & _MASK
            a = h
        elif isinstance(a, float):
            a = hash(a)
        elif not isinstance(a, int):
            raise TypeError(
                "The only supported seed types are: None,\nint, float, str, bytes, and bytearray."
            )
        a = abs(a)
        s = 0
        while True:
            s = _splitmix(s ^ (a & _MASK))
            a >>= 64
            if not a:
                break
        self._s = s or 0x2545F4914F6CDD1D

    def getstate(self):
        return (1, self._s)

    def setstate(self, state):
        self._s = state[1]

    def _next64(self):
        x = self._s
        x ^= x >> 12
        x ^= (x << 25) & _MASK
        x ^= x >> 27
        self._s = x
        return (x * 0x2545F4914F6CDD1D) & _MASK

    def getrandbits(self, k):
        """An int with k random bits."""
        if not isinstance(k, int):
            k = _index(k)
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        r = 0
        got = 0
        while got < k:
            r |= (self._next64() >> 32) << got
            got += 32
        return r & ((1 << k) - 1)

    def random(self, *args):
        """A float in [0.0, 1.0)."""
        if args:
            raise TypeError("Random.random() takes no arguments (%d given)" % len(args))
        return (self._next64() >> 11) * (1.0 / 9007199254740992.0)

    def _randbelow(self, n):
        if not n:
            return 0
        k = n.bit_length()
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return r

    def randrange(self, start, stop=None, step=1):
        """A random item from range(start, stop, step)."""
        if not isinstance(start, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(start).__name__)
        if stop is None:
            if start > 0:
                return self._randbelow(start)
            raise ValueError("empty range for randrange()")
        if not isinstance(stop, int) or not isinstance(step, int):
            raise TypeError("randrange() arguments must be integers")
        width = stop - start
        if step == 1:
            if width > 0:
                return start + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)" % (start, stop, width))
        if step > 0:
            n = (width + step - 1) // step
        elif step < 0:
            n = (width + step + 1) // step
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return start + step * self._randbelow(n)

    def randint(self, a, b):
        """A random int N with a <= N <= b."""
        return self.randrange(a, b + 1)

    def choice(self, seq):
        """A random element of a non-empty sequence."""
        if not len(seq):
            raise IndexError("Cannot choose from an empty sequence")
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffle list x in place."""
        for i in reversed(range(1, len(x))):
            j = self._randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """k unique elements chosen from the population."""
        if isinstance(population, (set, frozenset)):
            raise TypeError(
                "Population must be a sequence.  For dicts or sets, use sorted(d)."
            )
        pool = list(population)
        if counts is not None:
            counts = list(counts)
            if len(counts) != len(pool):
                raise ValueError("The number of counts does not match the population")
            pool = [x for x, c in zip(pool, counts) for _ in range(c)]
        n = len(pool)
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = []
        for i in range(k):
            j = self._randbelow(n - i)
            result.append(pool[j])
            pool[j] = pool[n - i - 1]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k elements chosen with replacement, optionally weighted."""
        n = len(population)
        if cum_weights is None:
            if weights is None:
                return [population[self._randbelow(n)] for _ in range(k)]
            cum_weights = []
            t = 0
            for w in weights:
                t += w
                cum_weights.append(t)
        elif weights is not None:
            raise TypeError("Cannot specify both weights and cumulative weights")
        if len(cum_weights) != n:
            raise ValueError("The number of weights does not match the population")
        total = cum_weights[-1] + 0.0 if cum_weights else 0.0
        if total <= 0.0:
            raise ValueError("Total of weights must be greater than zero")
        if total != total or total in (float("inf"), float("-inf")):
            raise ValueError("Total of weights must be finite")
        out = []
        for _ in range(k):
            r = self.random() * total
            lo, hi = 0, n - 1
            while lo < hi:
                mid = (lo + hi) // 2
                if r < cum_weights[mid]:
                    hi = mid
                else:
                    lo = mid + 1
            out.append(population[lo])
        return out

    def uniform(self, a, b):
        """A float between a and b."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        u = self.random()
        c = 0.5 if mode is None else (mode - low) / (high - low)
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * (u * c) ** 0.5

    def gauss(self, mu=0.0, sigma=1.0):
        """Normal distribution (Box-Muller)."""
        import math

        u1 = 1.0 - self.random()
        u2 = self.random()
        z = math.sqrt(-2.0 * math.log(u1)) * math.cos(2.0 * math.pi * u2)
        return mu + z * sigma

    normalvariate = gauss

    def expovariate(self, lambd=1.0):
        import math

        return -math.log(1.0 - self.random()) / lambd

    def randbytes(self, n):
        return self.getrandbits(n * 8).to_bytes(n, "little")


_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
gauss = _inst.gauss
normalvariate = _inst.normalvariate
expovariate = _inst.expovariate
getrandbits = _inst.getrandbits
getstate = _inst.getstate
setstate = _inst.setstate
randbytes = _inst.randbytes
