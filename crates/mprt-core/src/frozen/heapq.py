"""heapq: binary min-heap operations on lists (frozen).

The sift routines follow the classic bottom-up scheme (walk the smaller child
down to a leaf, then bubble the item back up), which fixes where equal items
end up and which comparisons run, like CPython's.
"""


def _bubble_up(heap, top, pos, lt):
    # Move heap[pos] towards index top while it is smaller than its parent.
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        p = heap[parent]
        if lt(item, p):
            heap[pos] = p
            pos = parent
            continue
        break
    heap[pos] = item


def _sink(heap, pos, lt):
    # Walk the smaller child up from pos down to a leaf, then bubble the item.
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not lt(heap[child], heap[right]):
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up(heap, top, pos, lt)


def _lt(a, b):
    return a < b


def _gt(a, b):
    return b < a


def _need_list(x, name, arg1=True):
    if not isinstance(x, list):
        raise TypeError(
            "%s() argument %smust be list, not %s"
            % (name, "1 " if arg1 else "", "None" if x is None else type(x).__name__)
        )


def _nargs(name, args, n):
    if len(args) != n:
        if n == 1:
            raise TypeError(
                "_heapq.%s() takes exactly one argument (%d given)" % (name, len(args))
            )
        raise TypeError("%s expected %d arguments, got %d" % (name, n, len(args)))


def heappush(*args):
    """Push item onto heap, keeping the heap invariant."""
    _nargs("heappush", args, 2)
    heap, item = args
    _need_list(heap, "heappush")
    heap.append(item)
    _bubble_up(heap, 0, len(heap) - 1, _lt)


def heappop(*args):
    """Pop the smallest item off the heap."""
    _nargs("heappop", args, 1)
    heap = args[0]
    _need_list(heap, "heappop", False)
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        item = heap[0]
        heap[0] = last
        _sink(heap, 0, _lt)
        return item
    return last


def heapreplace(*args):
    """Pop the smallest item, then push item."""
    _nargs("heapreplace", args, 2)
    heap, item = args
    _need_list(heap, "heapreplace")
    if not heap:
        raise IndexError("index out of range")
    top = heap[0]
    heap[0] = item
    _sink(heap, 0, _lt)
    return top


def heappushpop(*args):
    """Push item, then pop the smallest item (faster than both)."""
    _nargs("heappushpop", args, 2)
    heap, item = args
    _need_list(heap, "heappushpop")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sink(heap, 0, _lt)
    return item


def heapify(*args):
    """Transform list x into a heap, in place."""
    _nargs("heapify", args, 1)
    x = args[0]
    _need_list(x, "heapify", False)
    for i in reversed(range(len(x) // 2)):
        _sink(x, i, _lt)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into a single sorted output (lazily)."""
    lt = _gt if reverse else _lt
    step = -1 if reverse else 1
    heads = []
    order = 0
    for it in iterables:
        it = iter(it)
        for v in it:
            heads.append([v if key is None else key(v), order, v, it])
            break
        order += step
    for i in reversed(range(len(heads) // 2)):
        _sink(heads, i, lt)
    while len(heads) > 1:
        top = heads[0]
        yield top[2]
        for v in top[3]:
            top[0] = v if key is None else key(v)
            top[2] = v
            _sink(heads, 0, lt)
            break
        else:
            last = heads.pop()
            heads[0] = last
            _sink(heads, 0, lt)
    if heads:
        yield heads[0][2]
        for v in heads[0][3]:
            yield v


def _pick(n, iterable, key, reverse):
    if n == 1:
        it = iter(iterable)
        miss = object()
        if reverse:
            r = max(it, default=miss, key=key)
        else:
            r = min(it, default=miss, key=key)
        return [] if r is miss else [r]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=reverse)[:n]
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=reverse)[:n]


def nlargest(n, iterable, key=None):
    """The n largest elements (like sorted(iterable, key=key, reverse=True)[:n])."""
    return _pick(n, iterable, key, True)


def nsmallest(n, iterable, key=None):
    """The n smallest elements (like sorted(iterable, key=key)[:n])."""
    return _pick(n, iterable, key, False)
