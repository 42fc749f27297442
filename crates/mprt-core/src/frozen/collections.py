"""collections: namedtuple, OrderedDict, defaultdict, deque, Counter, ChainMap (frozen)."""


_KEYWORDS = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break",
    "class", "continue", "def", "del", "elif", "else", "except", "finally",
    "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
}


def _make_nt_new(cls_name, fields, defaults):
    nf = len(fields)

    def __new__(cls, *args, **kw):
        if len(args) > nf:
            raise TypeError(
                "%s.__new__() takes %d positional arguments but %d were given"
                % (cls_name, nf + 1, len(args) + 1)
            )
        vals = list(args)
        for k in kw:
            if k not in fields:
                raise TypeError(
                    "%s.__new__() got an unexpected keyword argument '%s'" % (cls_name, k)
                )
        for name in fields[len(args):]:
            if name in kw:
                vals.append(kw.pop(name))
            elif name in defaults:
                vals.append(defaults[name])
            else:
                missing = [n for n in fields[len(vals):] if n not in kw and n not in defaults]
                if len(missing) == 1:
                    raise TypeError(
                        "%s.__new__() missing 1 required positional argument: '%s'"
                        % (cls_name, missing[0])
                    )
                raise TypeError(
                    "%s.__new__() missing %d required positional arguments: %s"
                    % (
                        cls_name,
                        len(missing),
                        ", ".join("'%s'" % m for m in missing[:-1]) + " and '%s'" % missing[-1],
                    )
                )
        if kw:
            for k in kw:
                if k in fields:
                    raise TypeError(
                        "%s.__new__() got multiple values for argument '%s'" % (cls_name, k)
                    )
                raise TypeError(
                    "%s.__new__() got an unexpected keyword argument '%s'" % (cls_name, k)
                )
        return tuple.__new__(cls, vals)

    return __new__


def _nt_getter(i):
    return property(lambda self: self[i])


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Return a new tuple subclass with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    fields = tuple(str(f) for f in field_names)
    if rename:
        seen = set()
        new = []
        for i, f in enumerate(fields):
            if not f.isidentifier() or f.startswith("_") or f in seen or f in _KEYWORDS:
                f = "_%d" % i
            seen.add(f)
            new.append(f)
        fields = tuple(new)
    for f in (typename,) + fields:
        if not isinstance(f, str) or not f.isidentifier():
            raise ValueError(
                "Type names and field names must be valid identifiers: %r" % (f,)
            )
        if f in _KEYWORDS:
            raise ValueError(
                "Type names and field names cannot be a keyword: %r" % (f,)
            )
    seen = set()
    for f in fields:
        if f.startswith("_") and not rename:
            raise ValueError("Field names cannot start with an underscore: %r" % (f,))
        if f in seen:
            raise ValueError("Encountered duplicate field name: %r" % (f,))
        seen.add(f)
    dflt = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(fields):
            raise TypeError("Got more default values than field names")
        for name, val in zip(fields[len(fields) - len(defaults):], defaults):
            dflt[name] = val

    def __repr__(self):
        return "%s(%s)" % (
            self.__class__.__name__,
            ", ".join("%s=%r" % (n, v) for n, v in zip(self._fields, self)),
        )

    def _asdict(self):
        return dict(zip(self._fields, self))

    def _replace(self, **kw):
        vals = [kw.pop(n, v) for n, v in zip(self._fields, self)]
        if kw:
            raise ValueError("Got unexpected field names: %r" % list(kw))
        return self.__class__(*vals)

    def _make(cls, iterable):
        vals = tuple(iterable)
        if len(vals) != len(cls._fields):
            raise TypeError(
                "Expected %d arguments, got %d" % (len(cls._fields), len(vals))
            )
        return tuple.__new__(cls, vals)

    def __getnewargs__(self):
        return tuple(self)

    ns = {
        "__new__": _make_nt_new(typename, fields, dflt),
        "__repr__": __repr__,
        "_asdict": _asdict,
        "_replace": _replace,
        "_make": classmethod(_make),
        "__getnewargs__": __getnewargs__,
        "_fields": fields,
        "_field_defaults": dflt,
        "__slots__": (),
        "__match_args__": fields,
    }
    for i, f in enumerate(fields):
        ns[f] = _nt_getter(i)
    cls = type(typename, (tuple,), ns)
    if module is not None:
        cls.__module__ = module
    return cls


def _plain(d):
    return {k: v for k, v in d.items()}


class OrderedDict(dict):
    """A dict that remembers insertion order (all dicts do) with reordering methods."""

    __tp_name__ = "collections.OrderedDict"

    def move_to_end(self, key, last=True):
        v = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, v)
        else:
            items = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, v)
            for k, x in items:
                dict.__setitem__(self, k, x)

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        if last:
            return dict.popitem(self)
        k = next(iter(self))
        return (k, dict.pop(self, k))

    def __repr__(self):
        if not self:
            return "%s()" % self.__class__.__name__
        return "%s(%r)" % (self.__class__.__name__, list(self.items()))

    def __eq__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        if isinstance(other, OrderedDict) and list(self) != list(other):
            return False
        return _plain(self) == _plain(other)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __reversed__(self):
        return reversed(list(self))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        d = self.copy()
        d.update(other)
        return d

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        d = self.__class__(other)
        d.update(self)
        return d

    def __ior__(self, other):
        self.update(other)
        return self

    def copy(self):
        return self.__class__(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for k in iterable:
            d[k] = value
        return d


class defaultdict(dict):
    """A dict calling default_factory to supply missing values."""

    __tp_name__ = "collections.defaultdict"

    def __init__(self, default_factory=None, *args, **kw):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        dict.__init__(self, *args, **kw)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        v = self.default_factory()
        self[key] = v
        return v

    def __repr__(self):
        return "%s(%r, %s)" % (
            self.__class__.__name__,
            self.default_factory,
            dict.__repr__(self),
        )

    def copy(self):
        return self.__class__(self.default_factory, self)

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        d = self.copy()
        d.update(other)
        return d

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        d = self.__class__(self.default_factory, other)
        d.update(self)
        return d

    def __ior__(self, other):
        self.update(other)
        return self

    __copy__ = copy


def _index(n):
    if isinstance(n, int):
        return n
    try:
        f = type(n).__index__
    except AttributeError:
        raise TypeError(
            "'%s' object cannot be interpreted as an integer" % type(n).__name__
        )
    return f(n)


def _deque_iter(items, rev):
    n = len(items)
    i = 0
    while True:
        if len(items) != n:
            raise RuntimeError("deque mutated during iteration")
        if i >= n:
            return
        yield items[n - 1 - i] if rev else items[i]
        i += 1


class deque:
    """A double-ended queue with optional maximum length."""

    __tp_name__ = "collections.deque"

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._items = []
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def append(self, x):
        self._items.append(x)
        if self._maxlen is not None and len(self._items) > self._maxlen:
            del self._items[0]

    def appendleft(self, x):
        self._items.insert(0, x)
        if self._maxlen is not None and len(self._items) > self._maxlen:
            self._items.pop()

    def pop(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop(0)

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._items.clear()

    def copy(self):
        return self.__class__(self._items, self._maxlen)

    __copy__ = copy

    def count(self, x):
        return self._items.count(x)

    def index(self, *args):
        if not args:
            raise TypeError("index() takes at least 1 argument (0 given)")
        if len(args) > 3:
            raise TypeError("index() takes at most 3 arguments (%d given)" % len(args))
        x = args[0]
        args = args[1:]
        try:
            return self._items.index(x, *args)
        except ValueError:
            raise ValueError("%r is not in deque" % (x,))

    def insert(self, *args):
        if len(args) != 2:
            raise TypeError("insert() takes exactly 2 arguments (%d given)" % len(args))
        i, x = args
        i = _index(i)
        if self._maxlen is not None and len(self._items) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        self._items.insert(i, x)

    def remove(self, x):
        try:
            self._items.remove(x)
        except ValueError:
            raise ValueError("%r is not in deque" % (x,))

    def reverse(self):
        self._items.reverse()

    def rotate(self, *args):
        if len(args) > 1:
            raise TypeError("deque.rotate expected at most 1 argument, got %d" % len(args))
        n = _index(args[0]) if args else 1
        k = len(self._items)
        if k:
            n %= k
            if n:
                self._items[:] = self._items[-n:] + self._items[:-n]

    def _check_index(self, i):
        if not isinstance(i, int):
            raise TypeError(
                "sequence index must be integer, not '%s'" % type(i).__name__
            )
        if not -len(self._items) <= i < len(self._items):
            raise IndexError("deque index out of range")

    def __getitem__(self, i):
        self._check_index(i)
        return self._items[i]

    def __setitem__(self, i, v):
        self._check_index(i)
        self._items[i] = v

    def __delitem__(self, i):
        self._check_index(i)
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return len(self._items) > 0

    def __iter__(self):
        return _deque_iter(self._items, False)

    def __reversed__(self):
        return _deque_iter(self._items, True)

    def __contains__(self, x):
        return x in self._items

    def __eq__(self, other):
        if isinstance(other, deque):
            return self._items == other._items
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, deque):
            return self._items != other._items
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, deque):
            return self._items < other._items
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, deque):
            return self._items <= other._items
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, deque):
            return self._items > other._items
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, deque):
            return self._items >= other._items
        return NotImplemented

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(
                'can only concatenate deque (not "%s") to deque' % type(other).__name__
            )
        d = self.copy()
        d.extend(other)
        return d

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        d = self.__class__((), self._maxlen)
        for _ in range(n):
            d.extend(self._items)
        return d

    __rmul__ = __mul__

    def __imul__(self, n):
        items = list(self._items)
        self._items.clear()
        for _ in range(n):
            self.extend(items)
        return self

    __hash__ = None

    def __repr__(self):
        name = self.__class__.__name__
        if self._maxlen is None:
            return "%s(%r)" % (name, self._items)
        return "%s(%r, maxlen=%d)" % (name, self._items, self._maxlen)


class Counter(dict):
    """A dict subclass counting hashable items."""

    def __init__(self, iterable=None, **kw):
        dict.__init__(self)
        self.update(iterable, **kw)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        items = sorted(self.items(), key=lambda kv: kv[1], reverse=True)
        if n is None:
            return items
        if n <= 0:
            return []
        return items[:n]

    def elements(self):
        for k, v in self.items():
            for _ in range(v):
                yield k

    def update(self, iterable=None, **kw):
        if iterable is not None:
            if isinstance(iterable, dict):
                for k, v in iterable.items():
                    self[k] = self[k] + v
            else:
                for k in iterable:
                    self[k] = self[k] + 1
        if kw:
            self.update(kw)

    def subtract(self, iterable=None, **kw):
        if iterable is not None:
            if isinstance(iterable, dict):
                for k, v in iterable.items():
                    self[k] = self[k] - v
            else:
                for k in iterable:
                    self[k] = self[k] - 1
        if kw:
            self.subtract(kw)

    def copy(self):
        return self.__class__(self)

    def __delitem__(self, key):
        if key in self:
            dict.__delitem__(self, key)

    def __eq__(self, other):
        if isinstance(other, Counter):
            return all(self[e] == other[e] for c in (self, other) for e in c)
        if not isinstance(other, dict):
            return NotImplemented
        return _plain(self) == _plain(other)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    def __repr__(self):
        if not self:
            return "%s()" % self.__class__.__name__
        return "%s({%s})" % (
            self.__class__.__name__,
            ", ".join("%r: %r" % kv for kv in self.most_common()),
        )

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        r = Counter()
        for k, v in self.items():
            n = v + other[k]
            if n > 0:
                r[k] = n
        for k, v in other.items():
            if k not in self and v > 0:
                r[k] = v
        return r

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        r = Counter()
        for k, v in self.items():
            n = v - other[k]
            if n > 0:
                r[k] = n
        for k, v in other.items():
            if k not in self and v < 0:
                r[k] = -v
        return r

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        r = Counter()
        for k in list(self) + [k for k in other if k not in self]:
            n = max(self[k], other[k])
            if n > 0:
                r[k] = n
        return r

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        r = Counter()
        for k, v in self.items():
            n = min(v, other[k])
            if n > 0:
                r[k] = n
        return r

    def __pos__(self):
        r = Counter()
        for k, v in self.items():
            if v > 0:
                r[k] = v
        return r

    def __neg__(self):
        r = Counter()
        for k, v in self.items():
            if v < 0:
                r[k] = -v
        return r

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead."
        )


class ChainMap:
    """A view of several mappings searched in order."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for m in self.maps:
            if key in m:
                return m[key]
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for m in reversed(self.maps):
            for k in m:
                d[k] = None
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def keys(self):
        return list(self)

    def items(self):
        return [(k, self[k]) for k in self]

    def values(self):
        return [self[k] for k in self]

    def __repr__(self):
        return "%s(%s)" % (
            self.__class__.__name__,
            ", ".join(repr(m) for m in self.maps),
        )

    def new_child(self, m=None):
        if m is None:
            m = {}
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError("Key not found in the first mapping: %r" % (key,))

    def pop(self, key, *default):
        try:
            return self.maps[0].pop(key, *default)
        except KeyError:
            raise KeyError("Key not found in the first mapping: %r" % (key,))

    def clear(self):
        self.maps[0].clear()

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])


class UserDict:
    """A dict wrapper (the contents live in self.data) meant for subclassing."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, "__missing__"):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __eq__(self, other):
        if isinstance(other, UserDict):
            other = other.data
        if not isinstance(other, dict):
            return NotImplemented
        return self.data == other

    __hash__ = None

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__["data"] = self.__dict__["data"].copy()
        return inst

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        import copy

        return copy.copy(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def keys(self):
        return self.data.keys()

    def items(self):
        return self.data.items()

    def values(self):
        return self.data.values()

    def pop(self, key, *default):
        if key in self:
            v = self[key]
            del self[key]
            return v
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        v = self[key]
        del self[key]
        return key, v

    def clear(self):
        self.data.clear()

    def update(self, other=(), **kwds):
        if hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]


class UserList:
    """A list wrapper (the contents live in self.data) meant for subclassing."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def _cast(self, other):
        return other.data if isinstance(other, UserList) else other

    def __lt__(self, other):
        return self.data < self._cast(other)

    def __le__(self, other):
        return self.data <= self._cast(other)

    def __eq__(self, other):
        return self.data == self._cast(other)

    def __gt__(self, other):
        return self.data > self._cast(other)

    def __ge__(self, other):
        return self.data >= self._cast(other)

    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __iter__(self):
        return iter(self.data)

    def __reversed__(self):
        return reversed(self.data)

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        if isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        if isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, type(self.data)):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__["data"] = self.__dict__["data"][:]
        return inst

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


class UserString:
    """A str wrapper (the text lives in self.data) meant for subclassing."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def _cast(self, other):
        return other.data if isinstance(other, UserString) else other

    def __eq__(self, string):
        return self.data == self._cast(string)

    def __lt__(self, string):
        return self.data < self._cast(string)

    def __le__(self, string):
        return self.data <= self._cast(string)

    def __gt__(self, string):
        return self.data > self._cast(string)

    def __ge__(self, string):
        return self.data >= self._cast(string)

    def __contains__(self, char):
        return self._cast(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __iter__(self):
        return iter(self.data)

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        if isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    def __getattr__(self, name):
        # Delegate the str methods; the text-transforming ones return the
        # wrapper class like CPython's UserString.
        if name == "data":
            raise AttributeError(name)
        attr = getattr(self.data, name)
        if not callable(attr):
            return attr
        cls = self.__class__
        wrap = name in _USERSTRING_WRAPPED

        def method(*args, **kw):
            args = tuple(a.data if isinstance(a, UserString) else a for a in args)
            r = attr(*args, **kw)
            return cls(r) if wrap else r

        return method


_USERSTRING_WRAPPED = {
    "capitalize", "casefold", "center", "expandtabs", "ljust", "lower", "lstrip",
    "removeprefix", "removesuffix", "replace", "rjust", "rstrip", "strip", "swapcase",
    "title", "translate", "upper", "zfill",
}
