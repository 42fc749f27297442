"""types: names for built-in types, SimpleNamespace (frozen)."""


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__) if hasattr(_f, "__code__") else None
BuiltinFunctionType = type(len)
try:
    BuiltinMethodType = type([].append)
except AttributeError:
    BuiltinMethodType = BuiltinFunctionType
ModuleType = type(__import__("sys"))
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)


class _C:
    def _m(self):
        pass

    @property
    def _p(self):
        pass


MethodType = type(_C()._m)


class mappingproxy:
    """A read-only view of a mapping (types.MappingProxyType)."""

    def __init__(self, mapping):
        if not hasattr(type(mapping), "__getitem__") or not hasattr(type(mapping), "keys") or isinstance(
            mapping, (list, tuple)
        ):
            raise TypeError("mappingproxy() argument must be a mapping, not %s" % type(mapping).__name__)
        object.__setattr__(self, "_m", mapping)

    def __setattr__(self, name, value):
        raise AttributeError("'mappingproxy' object has no attribute '%s'" % name)

    def __getitem__(self, key):
        return self._m[key]

    def __contains__(self, key):
        return key in self._m

    def __iter__(self):
        return iter(self._m)

    def __reversed__(self):
        return reversed(self._m)

    def __len__(self):
        return len(self._m)

    def get(self, key, default=None):
        return self._m.get(key, default)

    def keys(self):
        return self._m.keys()

    def values(self):
        return self._m.values()

    def items(self):
        return self._m.items()

    def copy(self):
        return self._m.copy()

    def __repr__(self):
        return "mappingproxy(%r)" % (self._m,)

    def __str__(self):
        return str(self._m)

    def __eq__(self, other):
        return self._m == other

    def __ne__(self, other):
        return self._m != other

    def __or__(self, other):
        if isinstance(other, mappingproxy):
            other = other._m
        return self._m | other

    def __ror__(self, other):
        if isinstance(other, mappingproxy):
            other = other._m
        return other | self._m

    def __ior__(self, other):
        raise TypeError("'|=' is not supported by mappingproxy; use '|' instead")

    __hash__ = None


mappingproxy.__module__ = "builtins"
MappingProxyType = mappingproxy


def _g():
    yield 1


GeneratorType = type(_g())
del _C, _g, _f


def _cell():
    x = 1

    def f():
        return x

    return f


try:
    CellType = type(_cell().__closure__[0])
except (AttributeError, TypeError, IndexError):
    pass
del _cell


class SimpleNamespace:
    """A simple attribute-based namespace."""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        self.__dict__.update(dict(mapping_or_iterable))
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = ("%s=%r" % (k, v) for k, v in self.__dict__.items())
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        return "%s(%s)" % (name, ", ".join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically."""
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    meta = (kwds or {}).get("metaclass", type)
    return meta(name, tuple(bases), ns)


def coroutine(func):
    """Compatibility no-op."""
    return func


def _type_repr(a):
    if a is Ellipsis:
        return "..."
    if isinstance(a, type) and not isinstance(a, GenericAlias):
        mod = getattr(a, "__module__", "builtins")
        if mod == "builtins":
            return a.__qualname__
        return "%s.%s" % (mod, a.__qualname__)
    return repr(a)


class GenericAlias:
    """A parameterized generic such as list[int] (result of __class_getitem__)."""

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = ()

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __repr__(self):
        if not self.__args__:
            inner = "()"
        else:
            inner = ", ".join(_type_repr(a) for a in self.__args__)
        return "%s[%s]" % (_type_repr(self.__origin__), inner)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __or__(self, other):
        return _type_or(self, other)

    def __ror__(self, other):
        return _type_or(other, self)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")


def _union_ok(a):
    return a is None or isinstance(a, (type, GenericAlias, UnionType))


def _union_args(a):
    if a is None:
        return (NoneType,)
    if isinstance(a, UnionType):
        return a.__args__
    return (a,)


def _type_or(a, b):
    """`a | b` for types, None, generic aliases and unions (type.__or__)."""
    if not (_union_ok(a) and _union_ok(b)):
        return NotImplemented
    args = []
    for x in _union_args(a) + _union_args(b):
        if x not in args:
            args.append(x)
    if len(args) == 1:
        return args[0]
    u = object.__new__(UnionType)
    u.__args__ = tuple(args)
    return u


class UnionType:
    """The type of `X | Y` unions of types."""

    def __init__(self, *a, **k):
        raise TypeError("cannot create 'types.UnionType' instances")

    def __repr__(self):
        return " | ".join("None" if a is NoneType else _type_repr(a) for a in self.__args__)

    def __or__(self, other):
        return _type_or(self, other)

    def __ror__(self, other):
        return _type_or(other, self)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        for a in self.__args__:
            if isinstance(a, GenericAlias):
                raise TypeError("isinstance() argument 2 cannot be a parameterized generic")
            if isinstance(obj, a):
                return True
        return False

    def __subclasscheck__(self, cls):
        for a in self.__args__:
            if isinstance(a, GenericAlias):
                raise TypeError("issubclass() argument 2 cannot be a parameterized generic")
            if issubclass(cls, a):
                return True
        return False


UnionType.__module__ = "types"
