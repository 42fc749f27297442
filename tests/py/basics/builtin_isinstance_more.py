# isinstance/issubclass with tuples, nested tuples, builtins and user classes
class A: pass
class B(A): pass
class C: pass
checks = [
    (B(), A), (A(), B), (B(), (C, A)), (C(), (A, (B, C))), (1, (str, (bytes, int))),
    (True, int), (1, bool), (1.0, int), ("s", str), (b"b", (str,)), ([], list), ((), tuple),
    ({}, dict), (set(), frozenset), (frozenset(), frozenset), (None, object), (A, type), (int, object),
]
for obj, cls in checks:
    print(type(obj).__name__, isinstance(obj, cls))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(bool, int), issubclass(int, bool))
print(issubclass(A, object), issubclass(type, object), issubclass(object, type), isinstance(type, type))
print(issubclass(list, (tuple, list)), isinstance(range(3), range), isinstance(map(str, []), map) if False else True)
try:
    isinstance(1, [int])
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(B, B())
except TypeError as e:
    print("TypeError", e)
