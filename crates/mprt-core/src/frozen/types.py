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
MappingProxyType = type(_C.__dict__)


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
