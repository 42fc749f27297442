# ModuleNotFoundError/ImportError messages and .name
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import pkg4.no_such_sub
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    import no_such_pkg_q.sub
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from pkg4 import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
try:
    from no_such_mod_r import thing
except ImportError as e:
    print(type(e).__name__, e, e.name)
print(issubclass(ModuleNotFoundError, ImportError), issubclass(ImportError, Exception))
e = ImportError("msg", name="modname")
print(e, e.name, e.args)
e = ImportError()
print(repr(e.name), e.args)
e = ModuleNotFoundError("x")
print(e.name, e.args)
