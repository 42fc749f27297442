# argument-count errors of builtin functions
cases = [
    "len()", "len([], [])", "abs()", "abs(1, 2)", "callable()", "chr()", "chr(1, 2)", "ord()",
    "ord('a', 'b')", "hash()", "id()", "bin()", "oct(1, 2)", "hex()", "repr()", "ascii()",
    "divmod()", "divmod(1)", "divmod(1, 2, 3)", "getattr(1)", "getattr()", "hasattr(1)", "setattr(1, 'a')",
    "delattr(1)", "isinstance()", "issubclass(int)", "iter()", "next()", "any()", "all(1, 2)",
    "sorted()", "min()", "max()", "sum()", "sum([], 0, 0)", "round()", "round(1, 2, 3)", "pow()",
    "pow(2)", "pow(1, 2, 3, 4)", "format()", "format(1, '', 3)", "vars(1, 2)", "dir(1, 2)",
    "enumerate()", "enumerate([], 1, 2)", "reversed()", "reversed([], [])", "zip(*[], 1)",
    "map(abs)", "filter(None)", "filter(None, [], [])", "iter([], 1, 2)", "next(iter([]), 1, 2)",
]
for c in cases:
    try:
        eval(c)
        print(c, "-> ok")
    except TypeError as e:
        print(c, "->", e)
