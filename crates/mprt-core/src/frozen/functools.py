"""functools: higher-order functions (frozen)."""

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__")
WRAPPER_UPDATES = ("__dict__",)


class partial:
    """New function with partial application of the given arguments and keywords."""

    __tp_name__ = "functools.partial"

    def __new__(*args, **keywords):
        if len(args) < 2:
            raise TypeError("type 'partial' takes at least one argument")
        cls, func, *args = args
        args = tuple(args)
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = dict(func.keywords, **keywords)
            func = func.func
        self = object.__new__(cls)
        self._func = func
        self._args = args
        self._keywords = keywords
        return self

    func = property(lambda self: self._func, doc="function object to use in future partial calls")
    args = property(lambda self: self._args, doc="tuple of arguments to future partial calls")
    keywords = property(
        lambda self: self._keywords, doc="dictionary of keyword arguments to future partial calls"
    )

    def __call__(self, *args, **keywords):
        if keywords:
            kw = dict(self._keywords)
            kw.update(keywords)
            return self._func(*self._args, *args, **kw)
        return self._func(*self._args, *args, **self._keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend("%s=%r" % (k, v) for k, v in self.keywords.items())
        return "functools.partial(%s)" % ", ".join(parts)

    def __get__(self, obj, objtype=None):
        return self


_initial_missing = object()


def reduce(*args):
    """Apply function cumulatively to the items of iterable."""
    if len(args) < 2:
        raise TypeError("reduce expected at least 2 arguments, got %d" % len(args))
    if len(args) > 3:
        raise TypeError("reduce expected at most 3 arguments, got %d" % len(args))
    function, iterable = args[0], args[1]
    initial = args[2] if len(args) == 3 else _initial_missing
    try:
        it = iter(iterable)
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for x in it:
        value = function(value, x)
    return value


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        try:
            setattr(wrapper, attr, value)
        except (AttributeError, TypeError):
            pass
    for attr in updated:
        try:
            getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
        except (AttributeError, TypeError):
            pass
    try:
        wrapper.__wrapped__ = wrapped
    except (AttributeError, TypeError):
        pass
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper."""

    def deco(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)

    return deco


def cmp_to_key(*args, **kw):
    """Convert a cmp= function into a key= function."""
    if "mycmp" in kw and not args:
        args = (kw.pop("mycmp"),)
    if kw:
        raise TypeError(
            "cmp_to_key() got an unexpected keyword argument '%s'" % next(iter(kw))
        )
    if not args:
        raise TypeError("cmp_to_key() missing required argument 'mycmp' (pos 1)")
    if len(args) > 1:
        raise TypeError("cmp_to_key() takes at most 1 argument (%d given)" % len(args))
    mycmp = args[0]

    class KeyWrapper:
        __tp_name__ = "functools.KeyWrapper"
        __slots__ = ("obj",)

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            if not isinstance(other, KeyWrapper):
                raise TypeError("other argument must be K instance")
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            if not isinstance(other, KeyWrapper):
                raise TypeError("other argument must be K instance")
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            if not isinstance(other, KeyWrapper):
                raise TypeError("other argument must be K instance")
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            if not isinstance(other, KeyWrapper):
                raise TypeError("other argument must be K instance")
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            if not isinstance(other, KeyWrapper):
                raise TypeError("other argument must be K instance")
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None

    return KeyWrapper


def total_ordering(cls):
    """Fill in missing ordering methods from one of < <= > >= and ==."""
    roots = [op for op in ("__lt__", "__le__", "__gt__", "__ge__")
             if getattr(cls, op, None) is not getattr(object, op, None)]
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = roots[0]

    def from_lt():
        def gt(self, other):
            r = self.__lt__(other)
            if r is NotImplemented:
                return r
            return not r and self != other

        def le(self, other):
            r = self.__lt__(other)
            if r is NotImplemented:
                return r
            return r or self == other

        def ge(self, other):
            r = self.__lt__(other)
            if r is NotImplemented:
                return r
            return not r

        return {"__gt__": gt, "__le__": le, "__ge__": ge}

    def from_le():
        def ge(self, other):
            r = self.__le__(other)
            if r is NotImplemented:
                return r
            return not r or self == other

        def lt(self, other):
            r = self.__le__(other)
            if r is NotImplemented:
                return r
            return r and self != other

        def gt(self, other):
            r = self.__le__(other)
            if r is NotImplemented:
                return r
            return not r

        return {"__ge__": ge, "__lt__": lt, "__gt__": gt}

    def from_gt():
        def lt(self, other):
            r = self.__gt__(other)
            if r is NotImplemented:
                return r
            return not r and self != other

        def ge(self, other):
            r = self.__gt__(other)
            if r is NotImplemented:
                return r
            return r or self == other

        def le(self, other):
            r = self.__gt__(other)
            if r is NotImplemented:
                return r
            return not r

        return {"__lt__": lt, "__ge__": ge, "__le__": le}

    def from_ge():
        def le(self, other):
            r = self.__ge__(other)
            if r is NotImplemented:
                return r
            return not r or self == other

        def gt(self, other):
            r = self.__ge__(other)
            if r is NotImplemented:
                return r
            return r and self != other

        def lt(self, other):
            r = self.__ge__(other)
            if r is NotImplemented:
                return r
            return not r

        return {"__le__": le, "__gt__": gt, "__lt__": lt}

    table = {"__lt__": from_lt, "__le__": from_le, "__gt__": from_gt, "__ge__": from_ge}
    for name, fn in table[root]().items():
        if name not in roots:
            setattr(cls, name, fn)
    return cls


class _CacheInfo(tuple):
    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])

    def __repr__(self):
        return "CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)" % tuple(self)


def _make_key(args, kw, typed):
    key = args
    if kw:
        key += (_kwmark,)
        for item in kw.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kw:
            key += tuple(type(v) for v in kw.values())
    if len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


_kwmark = object()


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator."""
    if callable(maxsize) and isinstance(typed, bool):
        func, maxsize = maxsize, 128
        return lru_cache(maxsize, typed)(func)
    if maxsize is not None:
        if not isinstance(maxsize, int):
            raise TypeError("Expected first argument to be an integer, a callable, or None")
        if maxsize < 0:
            maxsize = 0

    def decorating(func):
        cache = {}
        stats = [0, 0]

        def wrapper(*args, **kw):
            key = _make_key(args, kw, typed)
            if key in cache:
                stats[0] += 1
                v = cache.pop(key)
                cache[key] = v
                return v
            stats[1] += 1
            v = func(*args, **kw)
            if maxsize is None or maxsize > 0:
                cache[key] = v
                if maxsize is not None and len(cache) > maxsize:
                    del cache[next(iter(cache))]
            return v

        def cache_info():
            return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

        def cache_clear():
            cache.clear()
            stats[0] = stats[1] = 0

        wrapper.cache_info = cache_info
        wrapper.cache_clear = cache_clear
        wrapper.cache_parameters = lambda: {"maxsize": maxsize, "typed": typed}
        return update_wrapper(wrapper, func)

    return decorating


def cache(user_function):
    """Unbounded cache decorator."""
    return lru_cache(maxsize=None)(user_function)


class partialmethod:
    """A partial() that works as a method descriptor (binds self first)."""

    def __init__(self, func, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("%r is not callable or a descriptor" % (func,))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = dict(func.keywords, **keywords)
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend("%s=%r" % kv for kv in self.keywords.items())
        return "functools.partialmethod(%s)" % ", ".join(parts)

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        if isinstance(self.func, (staticmethod, classmethod)) or obj is None and get is None:
            bound = self.func.__get__(obj, cls) if get is not None else self.func
            return partial(bound, *self.args, **self.keywords)
        if obj is None:
            pm = self

            def _method(cls_or_self, *args, **keywords):
                kw = dict(pm.keywords)
                kw.update(keywords)
                return pm.func(cls_or_self, *pm.args, *args, **kw)

            return _method
        if get is None:
            return partial(self.func, *self.args, **self.keywords)
        return partial(get(obj, cls), *self.args, **self.keywords)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)


class singledispatchmethod:
    """A method that dispatches on the type of its first non-self argument."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("%r is not callable or a descriptor" % (func,))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, method)

    def __get__(self, obj, cls=None):
        dispatcher = self.dispatcher
        func = self.func

        def _method(*args, **kwargs):
            if not args:
                raise TypeError("singledispatchmethod method requires at least 1 positional argument")
            method = dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = getattr(func, "__isabstractmethod__", False)
        _method.register = self.register
        update_wrapper(_method, func)
        return _method


class cached_property:
    """A property computed once per instance and then stored in its __dict__."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = getattr(func, "__doc__", None)

    def __set_name__(self, owner, name):
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname or self.func.__name__
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError(
                "No '__dict__' attribute on %r instance to cache %r property."
                % (type(instance).__name__, name)
            ) from None
        if name in cache:
            return cache[name]
        val = self.func(instance)
        cache[name] = val
        return val


def singledispatch(func):
    """Single-dispatch generic function decorator."""
    registry = {object: func}

    def dispatch(cls):
        for c in cls.__mro__:
            if c in registry:
                return registry[c]
        return func

    def register(cls, f=None):
        if f is None:
            if isinstance(cls, type):
                return lambda f: register(cls, f)
            f = cls
            ann = getattr(f, "__annotations__", {})
            if not ann:
                raise TypeError("Invalid first argument to `register()`: %r" % (f,))
            cls = next(iter(ann.values()))
        registry[cls] = f
        return f

    def wrapper(*args, **kw):
        if not args:
            raise TypeError("%s requires at least 1 positional argument" % func.__name__)
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper
