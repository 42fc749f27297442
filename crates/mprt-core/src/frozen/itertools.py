"""itertools: iterator building blocks (frozen)."""

_MISSING = object()


def _posonly(name, args, kw, lo, hi, kwname=None):
    # Argument checks of CPython's positional-only C functions.
    if kw:
        raise TypeError("%s() takes no keyword arguments" % (kwname or name))
    n = len(args)
    if lo <= n <= hi:
        return
    if lo == hi:
        raise TypeError(
            "%s expected %d argument%s, got %d" % (name, lo, "" if lo == 1 else "s", n)
        )
    if n < lo:
        raise TypeError(
            "%s expected at least %d argument%s, got %d" % (name, lo, "" if lo == 1 else "s", n)
        )
    raise TypeError(
        "%s expected at most %d argument%s, got %d" % (name, hi, "" if hi == 1 else "s", n)
    )


def _parse(name, args, kw, params, required):
    # Argument parsing like CPython's keyword-capable C functions: returns one
    # value per parameter (_MISSING for absent optional ones).
    total = len(args) + len(kw)
    if total > len(params):
        raise TypeError("%s() takes at most %d arguments (%d given)" % (name, len(params), total))
    kw = dict(kw)
    out = []
    for i, p in enumerate(params):
        if i < len(args):
            if p in kw:
                raise TypeError(
                    "argument for %s() given by name ('%s') and position (%d)" % (name, p, i + 1)
                )
            out.append(args[i])
        elif p in kw:
            out.append(kw.pop(p))
        elif i < required:
            raise TypeError("%s() missing required argument '%s' (pos %d)" % (name, p, i + 1))
        else:
            out.append(_MISSING)
    if kw:
        raise TypeError("'%s' is an invalid keyword argument for %s()" % (next(iter(kw)), name))
    return out


def _as_index(v):
    f = getattr(type(v), "__index__", None)
    if f is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return f(v)


class count:
    """count(start=0, step=1): start, start+step, start+2*step, ..."""

    __tp_name__ = "itertools.count"

    def __init__(self, *args, **kw):
        start, step = _parse("count", args, kw, ("start", "step"), 0)
        if start is _MISSING:
            start = 0
        if step is _MISSING:
            step = 1
        for v in (start, step):
            if not isinstance(v, (int, float, complex)) and not (
                hasattr(type(v), "__index__")
                or hasattr(type(v), "__float__")
                or hasattr(type(v), "__int__")
            ):
                raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if self._step == 1 and type(self._step) is int:
            return "count(%r)" % (self._n,)
        return "count(%r, %r)" % (self._n, self._step)


def cycle(*args, **kw):
    """Repeat the items of iterable forever."""
    _posonly("cycle", args, kw, 1, 1)
    return _cycle(iter(args[0]))


def _cycle(iterable):
    saved = []
    for x in iterable:
        yield x
        saved.append(x)
    if not saved:
        return
    while True:
        for x in saved:
            yield x


class repeat:
    """repeat(object[, times])"""

    __tp_name__ = "itertools.repeat"

    def __init__(self, *args, **kw):
        obj, times = _parse("repeat", args, kw, ("object", "times"), 1)
        if times is _MISSING:
            times = None
        else:
            times = _as_index(times)
        self._obj = obj
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is not None:
            if self._times <= 0:
                raise StopIteration
            self._times -= 1
        return self._obj

    def __length_hint__(self):
        return 0 if self._times is None else max(self._times, 0)

    def __repr__(self):
        if self._times is None:
            return "repeat(%r)" % (self._obj,)
        return "repeat(%r, %d)" % (self._obj, max(self._times, 0))


def chain(*iterables, **kw):
    """Items of each iterable in turn."""
    if kw:
        raise TypeError("chain() takes no keyword arguments")
    return _chain(iterables)


def _chain(iterables):
    for it in iterables:
        for x in it:
            yield x


def _from_iterable(iterables):
    for it in iterables:
        for x in it:
            yield x


chain.from_iterable = _from_iterable


def _ssize(v):
    """v as a non-negative index, or -1 when it is not an int in range."""
    try:
        n = v.__index__()
    except Exception:
        return -1
    if n > 9223372036854775807:
        return -1
    return n


_ISLICE_STOP = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."


def islice(*args, **kw):
    """islice(iterable, stop) / islice(iterable, start, stop[, step])"""
    _posonly("islice", args, kw, 2, 4)
    iterable = args[0]
    args = args[1:]
    start = 0
    stop = -1
    step = 1
    if len(args) == 1:
        if args[0] is not None:
            stop = _ssize(args[0])
            if stop == -1:
                raise ValueError(_ISLICE_STOP)
    else:
        if args[0] is not None:
            start = _ssize(args[0])
        if args[1] is not None:
            stop = _ssize(args[1])
            if stop == -1:
                raise ValueError(_ISLICE_STOP)
    if start < 0 or stop < -1:
        raise ValueError(
            "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
        )
    if len(args) == 3:
        if args[2] is not None:
            step = _ssize(args[2])
        if step < 1:
            raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice(iter(iterable), start, None if stop == -1 else stop, step)


def _islice(it, start, stop, step):
    i = 0
    while stop is None or i < stop:
        try:
            x = next(it)
        except StopIteration:
            return
        if i >= start and (i - start) % step == 0:
            yield x
        i += 1


def accumulate(*args, **kw):
    """Running totals (or results of func)."""
    if len(args) > 2 and len(args) + len(kw) <= 3:
        raise TypeError(
            "accumulate() takes at most 2 positional arguments (%d given)" % len(args)
        )
    iterable, func, initial = _parse("accumulate", args, kw, ("iterable", "func", "initial"), 1)
    if func is _MISSING:
        func = None
    if initial is _MISSING:
        initial = None
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for x in it:
        total = total + x if func is None else func(total, x)
        yield total


def zip_longest(*iterables, **kw):
    """Like zip, padding the shorter iterables with fillvalue."""
    fillvalue = None
    for k in kw:
        if k != "fillvalue":
            raise TypeError("zip_longest() got an unexpected keyword argument")
        fillvalue = kw[k]
    return _zip_longest([iter(it) for it in iterables], fillvalue)


def _zip_longest(its, fillvalue):
    n = len(its)
    if not n:
        return
    active = n
    while True:
        row = []
        for i in range(n):
            it = its[i]
            if it is None:
                row.append(fillvalue)
                continue
            try:
                row.append(next(it))
            except StopIteration:
                its[i] = None
                active -= 1
                if not active:
                    return
                row.append(fillvalue)
        yield tuple(row)


def product(*iterables, **kw):
    """Cartesian product."""
    repeat = 1
    for k in kw:
        if k != "repeat":
            raise TypeError("'%s' is an invalid keyword argument for product()" % k)
        repeat = _as_index(kw[k])
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(p) for p in iterables] * repeat
    return _product(pools)


def _product(pools):
    result = [()]
    for pool in pools:
        result = [r + (y,) for r in result for y in pool]
    for r in result:
        yield r


def permutations(*args, **kw):
    """Successive r-length permutations."""
    iterable, r = _parse("permutations", args, kw, ("iterable", "r"), 1)
    pool = tuple(iterable)
    n = len(pool)
    if r is _MISSING or r is None:
        r = n
    elif not isinstance(r, int):
        raise TypeError("Expected int as r")
    if r < 0:
        raise ValueError("r must be non-negative")
    return _permutations(pool, n, r)


def _permutations(pool, n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def combinations(*args, **kw):
    """r-length subsequences in lexicographic order of positions."""
    iterable, r = _parse("combinations", args, kw, ("iterable", "r"), 2)
    r = _as_index(r)
    pool = tuple(iterable)
    n = len(pool)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations(pool, n, r)


def _combinations(pool, n, r):
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(*args, **kw):
    """r-length subsequences allowing individual elements to repeat."""
    iterable, r = _parse(
        "combinations_with_replacement", args, kw, ("iterable", "r"), 2
    )
    r = _as_index(r)
    pool = tuple(iterable)
    n = len(pool)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _cwr(pool, n, r)


def _cwr(pool, n, r):
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


def compress(*args, **kw):
    """Items of data whose selector is true."""
    data, selectors = _parse("compress", args, kw, ("data", "selectors"), 2)
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(*args, **kw):
    """Skip items while predicate is true, then yield the rest."""
    _posonly("dropwhile", args, kw, 2, 2)
    predicate, iterable = args
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def takewhile(*args, **kw):
    """Yield items while predicate is true."""
    _posonly("takewhile", args, kw, 2, 2)
    predicate, iterable = args
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


def filterfalse(*args, **kw):
    """Items for which predicate is false."""
    _posonly("filterfalse", args, kw, 2, 2)
    predicate, iterable = args
    if predicate is None:
        predicate = bool
    return _filterfalse(predicate, iter(iterable))


def _filterfalse(predicate, iterable):
    for x in iterable:
        if not predicate(x):
            yield x


def starmap(*args, **kw):
    """function(*args) for each args tuple."""
    _posonly("starmap", args, kw, 2, 2)
    function, iterable = args
    return _starmap(function, iter(iterable))


def _starmap(function, iterable):
    for args in iterable:
        yield function(*tuple(args))


class groupby:
    """Consecutive keys and groups from the iterable."""

    __tp_name__ = "itertools.groupby"

    def __init__(self, *args, **kw):
        iterable, key = _parse("groupby", args, kw, ("iterable", "key"), 1)
        if key is _MISSING:
            key = None
        self._key = (lambda x: x) if key is None else key
        self._it = iter(iterable)
        self._tgt = self._cur = self._val = _marker = object()
        self._marker = _marker
        self._id = 0

    def __iter__(self):
        return self

    def __next__(self):
        self._id += 1
        while self._cur is not self._marker and self._cur == self._tgt:
            self._step()
        if self._cur is self._marker:
            self._step()
        self._tgt = self._cur
        return (self._cur, self._grouper(self._tgt, self._id))

    def _step(self):
        try:
            self._val = next(self._it)
        except StopIteration:
            self._cur = self._marker
            raise
        self._cur = self._key(self._val)

    def _grouper(self, tgt, gid):
        while gid == self._id and self._cur == tgt:
            yield self._val
            try:
                self._step()
            except StopIteration:
                return


def tee(*args, **kw):
    """n independent iterators from one iterable."""
    _posonly("tee", args, kw, 1, 2, "itertools.tee")
    iterable = args[0]
    n = _as_index(args[1]) if len(args) > 1 else 2
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    bufs = [[] for _ in range(n)]

    def gen(mybuf):
        while True:
            if not mybuf:
                try:
                    v = next(it)
                except StopIteration:
                    return
                for b in bufs:
                    b.append(v)
            yield mybuf.pop(0)

    return tuple(gen(b) for b in bufs)


def pairwise(*args, **kw):
    """Successive overlapping pairs."""
    _posonly("pairwise", args, kw, 1, 1)
    iterable = args[0]
    return _pairwise(iter(iterable))


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield (a, b)
        a = b


def batched(iterable, n):
    """Tuples of n items (the last may be shorter)."""
    if n < 1:
        raise ValueError("n must be at least one")
    it = iter(iterable)
    while True:
        b = tuple(islice(it, n))
        if not b:
            return
        yield b
