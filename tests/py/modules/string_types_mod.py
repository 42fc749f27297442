# string constants and types module
import string, types
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), len(string.printable), string.punctuation)
print(string.capwords("hello   big world"), string.capwords("a-b c-d", "-"))
ns = types.SimpleNamespace(a=1, b="two")
print(ns, ns.a, ns.b)
ns.c = [3]
del ns.a
print(ns, ns == types.SimpleNamespace(b="two", c=[3]), ns != types.SimpleNamespace())
def f():
    pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(lambda: 0, types.LambdaType))
class C:
    def m(self):
        pass
print(isinstance(C().m, types.MethodType), isinstance(types, types.ModuleType), types.NoneType is type(None))
def gen():
    yield 1
print(isinstance(gen(), types.GeneratorType), isinstance(f, types.GeneratorType))
