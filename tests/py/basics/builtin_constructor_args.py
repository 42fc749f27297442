# argument-count errors of builtin type constructors
cases = [
    "int(1, 2, 3)", "int(1, 10)", "float(1, 2)", "str(1, 2, 3, 4)", "str(1, 'utf-8')",
    "bool(1, 2)", "complex(1, 2, 3)", "list(1, 2)", "tuple(1, 2)", "dict(1, 2)", "set(1, 2)",
    "frozenset(1, 2)", "range()", "range(1, 2, 3, 4)", "type()", "type(1, 2)", "slice()",
    "slice(1, 2, 3, 4)", "object(1)", "bytes(1, 2, 3, 4)", "bytearray(1, 2, 3, 4)",
    "bytes('a')", "bytes(1, 'utf-8')", "enumerate(1)", "memoryview()",
]
for c in cases:
    try:
        r = eval(c)
        print(c, "->", repr(r))
    except (TypeError, ValueError) as e:
        print(c, "->", type(e).__name__, e)
