# importlib: programmatic imports.
import sys


def _resolve_name(name, package, level):
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return base + "." + name if name else base


def import_module(name, package=None):
    """Import a module by name; a leading dot makes it relative to package."""
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError(
                "the 'package' argument is required to perform a relative "
                "import for {!r}".format(name)
            )
        while level < len(name) and name[level] == ".":
            level += 1
        name = _resolve_name(name[level:], package, level)
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    """Nothing is cached: a no-op."""
    return None


def reload(module):
    """Re-run a module's source file in its existing namespace and return it.

    Built-in and frozen modules have no source to re-run and are returned
    unchanged (as CPython does for built-in modules).
    """
    if type(module) is not type(sys):
        raise TypeError("reload() argument must be a module")
    name = module.__name__
    if sys.modules.get(name) is not module:
        raise ImportError("module {} not in sys.modules".format(name), name=name)
    path = getattr(module, "__file__", None)
    if not path or path.startswith("<") or not path.endswith(".py"):
        return module
    with open(path) as f:
        source = f.read()
    exec(compile(source, path, "exec"), module.__dict__)
    return module
