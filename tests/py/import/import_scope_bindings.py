# where import statements bind names
class Holder:
    import _helper
    from _helper import VALUE as V
print(Holder._helper.VALUE, Holder.V)
def local_import():
    import _helper as h
    return h.double(3), "h" in locals()
print(local_import(), "h" in globals())
def global_import():
    global _helper_glob
    import _helper as _helper_glob
global_import()
print(_helper_glob.VALUE)
try:
    compile("def f():\n    from _helper import *\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile("import", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__)
ns = {}
exec("import _helper\nfrom _helper import double", ns)
print(ns["double"](4), ns["_helper"].VALUE)
