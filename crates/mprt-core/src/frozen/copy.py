"""copy: shallow and deep copy operations (frozen)."""


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, complex, str, bytes, type, range,
           type(Ellipsis), type(NotImplemented), type(len), frozenset)


def _is_atomic(x):
    cls = type(x)
    if cls in _atomic:
        return True
    if isinstance(x, type):
        return True
    return callable(x) and hasattr(x, "__code__")


def copy(x):
    """Shallow copy of x."""
    cls = type(x)
    if _is_atomic(x) or cls is tuple:
        return x
    if cls is list:
        return list(x)
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if cls is bytearray:
        return bytearray(x)
    cp = getattr(cls, "__copy__", None)
    if cp is not None:
        return cp(x)
    return _reconstruct(x, None)


def _reconstruct(x, memo):
    cls = type(x)
    reduce_ex = getattr(x, "__reduce_ex__", None)
    if isinstance(x, (list, dict, set, tuple)):
        y = cls.__new__(cls)
        if isinstance(x, tuple):
            items = tuple(x) if memo is None else tuple(deepcopy(v, memo) for v in x)
            y = cls.__new__(cls, items)
            if memo is not None:
                memo[id(x)] = y
        elif isinstance(x, list):
            if memo is not None:
                memo[id(x)] = y
            y.extend(x if memo is None else [deepcopy(v, memo) for v in x])
        elif isinstance(x, dict):
            if memo is not None:
                memo[id(x)] = y
            for k, v in x.items():
                y[k if memo is None else deepcopy(k, memo)] = v if memo is None else deepcopy(v, memo)
        else:
            if memo is not None:
                memo[id(x)] = y
            y.update(x if memo is None else [deepcopy(v, memo) for v in x])
    else:
        try:
            y = object.__new__(cls)
        except TypeError:
            raise Error("un(deep)copyable object of type %s" % cls)
        if memo is not None:
            memo[id(x)] = y
    state = getattr(x, "__dict__", None)
    getstate = getattr(cls, "__getstate__", None)
    if getstate is not None and getstate is not getattr(object, "__getstate__", None):
        state = getstate(x)
    if state:
        if memo is not None:
            state = deepcopy(state, memo)
        setstate = getattr(y, "__setstate__", None)
        if setstate is not None:
            setstate(state)
        else:
            y.__dict__.update(state)
    return y


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy of x."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for v in x:
            y.append(deepcopy(v, memo))
    elif cls is tuple:
        items = [deepcopy(v, memo) for v in x]
        if id(x) in memo:
            return memo[id(x)]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
        memo[d] = y
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for v in x:
            y.add(deepcopy(v, memo))
    elif cls is bytearray:
        y = bytearray(x)
        memo[d] = y
    else:
        dc = getattr(cls, "__deepcopy__", None)
        if dc is not None:
            y = dc(x, memo)
            memo[d] = y
        else:
            y = _reconstruct(x, memo)
    # Keep x alive so that its id is not reused during this copy.
    memo.setdefault(id(memo), []).append(x)
    return y
