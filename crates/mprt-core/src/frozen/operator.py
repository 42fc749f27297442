"""operator: operators as functions (frozen)."""

_abs = abs


def _nargs(name, args, n):
    raise TypeError(
        "%s expected %d argument%s, got %d" % (name, n, "" if n == 1 else "s", len(args))
    )


def _one(name, args):
    raise TypeError("_operator.%s() takes exactly one argument (%d given)" % (name, len(args)))


def _index(a):
    f = getattr(type(a), "__index__", None)
    if f is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(a).__name__)
    return f(a)

def not_(*args):
    if len(args) != 1:
        _one("not_", args)
    a = args[0]
    return not a

def truth(*args):
    if len(args) != 1:
        _one("truth", args)
    a = args[0]
    return bool(a)

def abs(*args):
    if len(args) != 1:
        _one("abs", args)
    a = args[0]
    return _abs(a)

def inv(*args):
    if len(args) != 1:
        _one("inv", args)
    a = args[0]
    return ~a

def neg(*args):
    if len(args) != 1:
        _one("neg", args)
    a = args[0]
    return -a

def pos(*args):
    if len(args) != 1:
        _one("pos", args)
    a = args[0]
    return +a

def lt(*args):
    if len(args) != 2:
        _nargs("lt", args, 2)
    a, b = args
    return a < b

def le(*args):
    if len(args) != 2:
        _nargs("le", args, 2)
    a, b = args
    return a <= b

def eq(*args):
    if len(args) != 2:
        _nargs("eq", args, 2)
    a, b = args
    return a == b

def ne(*args):
    if len(args) != 2:
        _nargs("ne", args, 2)
    a, b = args
    return a != b

def ge(*args):
    if len(args) != 2:
        _nargs("ge", args, 2)
    a, b = args
    return a >= b

def gt(*args):
    if len(args) != 2:
        _nargs("gt", args, 2)
    a, b = args
    return a > b

def is_(*args):
    if len(args) != 2:
        _nargs("is_", args, 2)
    a, b = args
    return a is b

def is_not(*args):
    if len(args) != 2:
        _nargs("is_not", args, 2)
    a, b = args
    return a is not b

def add(*args):
    if len(args) != 2:
        _nargs("add", args, 2)
    a, b = args
    return a + b

def and_(*args):
    if len(args) != 2:
        _nargs("and_", args, 2)
    a, b = args
    return a & b

def floordiv(*args):
    if len(args) != 2:
        _nargs("floordiv", args, 2)
    a, b = args
    return a // b

def lshift(*args):
    if len(args) != 2:
        _nargs("lshift", args, 2)
    a, b = args
    return a << b

def mod(*args):
    if len(args) != 2:
        _nargs("mod", args, 2)
    a, b = args
    return a % b

def mul(*args):
    if len(args) != 2:
        _nargs("mul", args, 2)
    a, b = args
    return a * b

def matmul(*args):
    if len(args) != 2:
        _nargs("matmul", args, 2)
    a, b = args
    return a @ b

def or_(*args):
    if len(args) != 2:
        _nargs("or_", args, 2)
    a, b = args
    return a | b

def pow(*args):
    if len(args) != 2:
        _nargs("pow", args, 2)
    a, b = args
    return a ** b

def rshift(*args):
    if len(args) != 2:
        _nargs("rshift", args, 2)
    a, b = args
    return a >> b

def sub(*args):
    if len(args) != 2:
        _nargs("sub", args, 2)
    a, b = args
    return a - b

def truediv(*args):
    if len(args) != 2:
        _nargs("truediv", args, 2)
    a, b = args
    return a / b

def xor(*args):
    if len(args) != 2:
        _nargs("xor", args, 2)
    a, b = args
    return a ^ b

def contains(*args):
    if len(args) != 2:
        _nargs("contains", args, 2)
    a, b = args
    return b in a

def getitem(*args):
    if len(args) != 2:
        _nargs("getitem", args, 2)
    a, b = args
    return a[b]

def iadd(*args):
    if len(args) != 2:
        _nargs("iadd", args, 2)
    a, b = args
    a += b
    return a

def iand(*args):
    if len(args) != 2:
        _nargs("iand", args, 2)
    a, b = args
    a &= b
    return a

def iconcat(*args):
    if len(args) != 2:
        _nargs("iconcat", args, 2)
    a, b = args
    if not hasattr(type(a), "__getitem__"):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    a += b
    return a

def ifloordiv(*args):
    if len(args) != 2:
        _nargs("ifloordiv", args, 2)
    a, b = args
    a //= b
    return a

def ilshift(*args):
    if len(args) != 2:
        _nargs("ilshift", args, 2)
    a, b = args
    a <<= b
    return a

def imod(*args):
    if len(args) != 2:
        _nargs("imod", args, 2)
    a, b = args
    a %= b
    return a

def imul(*args):
    if len(args) != 2:
        _nargs("imul", args, 2)
    a, b = args
    a *= b
    return a

def imatmul(*args):
    if len(args) != 2:
        _nargs("imatmul", args, 2)
    a, b = args
    a @= b
    return a

def ior(*args):
    if len(args) != 2:
        _nargs("ior", args, 2)
    a, b = args
    a |= b
    return a

def ipow(*args):
    if len(args) != 2:
        _nargs("ipow", args, 2)
    a, b = args
    a **= b
    return a

def irshift(*args):
    if len(args) != 2:
        _nargs("irshift", args, 2)
    a, b = args
    a >>= b
    return a

def isub(*args):
    if len(args) != 2:
        _nargs("isub", args, 2)
    a, b = args
    a -= b
    return a

def itruediv(*args):
    if len(args) != 2:
        _nargs("itruediv", args, 2)
    a, b = args
    a /= b
    return a

def ixor(*args):
    if len(args) != 2:
        _nargs("ixor", args, 2)
    a, b = args
    a ^= b
    return a

invert = inv


def call(*args, **kwargs):
    """call(obj, /, *args, **kwargs): same as obj(*args, **kwargs)."""
    if not args:
        raise TypeError("call expected at least 1 argument, got 0")
    return args[0](*args[1:], **kwargs)


def index(*args):
    if len(args) != 1:
        _one("index", args)
    a = args[0]
    if isinstance(a, int):
        return int(a)
    return _index(a)


def concat(*args):
    if len(args) != 2:
        _nargs("concat", args, 2)
    a, b = args
    if not hasattr(type(a), "__getitem__"):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    return a + b


def _iter_arg(a):
    try:
        return iter(a)
    except TypeError:
        raise TypeError("argument of type '%s' is not iterable" % type(a).__name__) from None


def countOf(*args):
    if len(args) != 2:
        _nargs("countOf", args, 2)
    a, b = args
    n = 0
    for x in _iter_arg(a):
        if x is b or x == b:
            n += 1
    return n


def indexOf(*args):
    if len(args) != 2:
        _nargs("indexOf", args, 2)
    a, b = args
    for i, x in enumerate(_iter_arg(a)):
        if x is b or x == b:
            return i
    raise ValueError("sequence.index(x): x not in sequence")


def delitem(*args):
    if len(args) != 2:
        _nargs("delitem", args, 2)
    a, b = args
    del a[b]


def setitem(*args):
    if len(args) != 3:
        _nargs("setitem", args, 3)
    a, b, c = args
    a[b] = c


def length_hint(*args, **kw):
    if kw:
        raise TypeError("_operator.length_hint() takes no keyword arguments")
    if not args:
        raise TypeError("length_hint expected at least 1 argument, got 0")
    if len(args) > 2:
        raise TypeError("length_hint expected at most 2 arguments, got %d" % len(args))
    obj = args[0]
    default = args[1] if len(args) > 1 else 0
    if not isinstance(default, int):
        default = _index(default)
    try:
        return len(obj)
    except TypeError:
        pass
    h = getattr(type(obj), "__length_hint__", None)
    if h is None:
        return default
    v = h(obj)
    if v is NotImplemented:
        return default
    if not isinstance(v, int):
        raise TypeError("__length_hint__ must be an integer, not %s" % type(v).__name__)
    if v < 0:
        raise ValueError("__length_hint__() should return >= 0")
    return v


class attrgetter:
    """Callable fetching the given (dotted) attribute(s) from its operand."""

    __tp_name__ = "operator.attrgetter"

    def __init__(self, *attrs):
        if not attrs:
            raise TypeError("attrgetter expected 1 argument, got 0")
        attr, attrs = attrs[0], attrs[1:]
        for a in (attr,) + attrs:
            if not isinstance(a, str):
                raise TypeError("attribute name must be a string")
        self._attrs = (attr,) + attrs
        self._paths = [a.split(".") for a in self._attrs]

    def _get(self, obj, path):
        for name in path:
            obj = getattr(obj, name)
        return obj

    def __call__(self, *args):
        if len(args) != 1:
            _nargs("attrgetter", args, 1)
        obj = args[0]
        if len(self._paths) == 1:
            return self._get(obj, self._paths[0])
        return tuple(self._get(obj, p) for p in self._paths)

    def __repr__(self):
        return "operator.attrgetter(%s)" % ", ".join(repr(a) for a in self._attrs)


class itemgetter:
    """Callable fetching the given item(s) from its operand."""

    __tp_name__ = "operator.itemgetter"

    def __init__(self, *items):
        if not items:
            raise TypeError("itemgetter expected 1 argument, got 0")
        self._items = items

    def __call__(self, *args):
        if len(args) != 1:
            _nargs("itemgetter", args, 1)
        obj = args[0]
        if len(self._items) == 1:
            return obj[self._items[0]]
        return tuple(obj[i] for i in self._items)

    def __repr__(self):
        return "operator.itemgetter(%s)" % ", ".join(repr(a) for a in self._items)


class methodcaller:
    """Callable calling the named method on its operand."""

    __tp_name__ = "operator.methodcaller"

    def __init__(*args, **kwargs):
        if len(args) < 2:
            raise TypeError("methodcaller needs at least one argument, the method name")
        self, name, *args = args
        if not isinstance(name, str):
            raise TypeError("method name must be a string")
        self._name = name
        self._args = tuple(args)
        self._kwargs = kwargs

    def __call__(self, *args):
        if len(args) != 1:
            _nargs("methodcaller", args, 1)
        obj = args[0]
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)]
        parts.extend(repr(a) for a in self._args)
        parts.extend("%s=%r" % kv for kv in self._kwargs.items())
        return "operator.methodcaller(%s)" % ", ".join(parts)


__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__not__ = not_
__abs__ = abs
__add__ = add
__and__ = and_
__floordiv__ = floordiv
__index__ = index
__inv__ = inv
__invert__ = invert
__lshift__ = lshift
__mod__ = mod
__mul__ = mul
__matmul__ = matmul
__neg__ = neg
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__getitem__ = getitem
__setitem__ = setitem
