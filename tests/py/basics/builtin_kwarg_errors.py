# keyword arguments rejected or misnamed by builtins
cases = [
    "len([], obj=1)", "abs(x=1)", "repr(obj=1)", "hash(obj=1)", "id(obj=1)", "chr(i=65)",
    "ord(c='a')", "isinstance(1, int, strict=True)", "getattr(1, 'real', default=0)",
    "iter([], sentinel=1)", "next(iter([]), default=0)", "any([], x=1)", "all([], x=1)",
    "divmod(1, 2, x=1)", "callable(obj=1)", "hex(number=1)", "format(1, spec='')",
    "sorted([], cmp=None)", "sorted([], key=None, reversed=True)", "min([1], keyfunc=abs)",
    "max([1], dflt=0)", "sum([], begin=0)", "round(1.5, digits=1)", "round(number=1.5)",
    "round(1.5, ndigits=None)", "pow(2, exp=3)", "pow(2, 3, modulus=5)", "enumerate([], begin=1)",
    "list(enumerate(iterable='ab', start=1))", "zip([], strictly=True)", "map(abs, [], y=1)",
    "filter(None, [], y=1)", "reversed([], x=1)", "print(1, sepp='')", "vars(object=1)",
    "dir(object=1)", "list(iterable=[])", "tuple(iterable=[])", "dict([], x=1)", "set(iterable=[])",
    "frozenset(iterable=[])", "range(stop=3)", "float(x=1)", "int(x=1)", "int('1', base=2)",
    "str(object=1)", "str(obj=1)", "bool(x=1)", "complex(real=1, imag=2)", "complex(re=1)",
    "slice(stop=1)", "object(x=1)",
]
for c in cases:
    try:
        r = eval(c)
        print(c, "->", r if not hasattr(r, "__next__") else "iterator")
    except TypeError as e:
        print(c, "->", e)
