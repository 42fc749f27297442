tests = ['"a".find()', '"a".find(1,2,3,4)', '"a".count()', '"a".index()', '"a".rfind("a",1,2,3)', '"a".startswith()', '"a".endswith("a",1,2,3)',
'"a".center()', '"a".center(1,2,3)', '"a".ljust()', '"a".zfill()', '"a".zfill(1,2)', '"a".replace()', '"a".replace(1,2,3,4)', '"a".split(1,2,3)',
'"a".split(sep=1)', '"a".strip(1,2)', '"a".join()', '"a".partition()', '"a".encode(1,2,3)', '"a".encode(x=1)', '"a".expandtabs(1,2)', '"a".splitlines(x=1)',
'"a".removeprefix()', '"a".translate()', '"a".format_map()', '"a".find(x=1)', '"a".count("a", x=1)', '"a".__add__()', '"a".__len__(1)', 'str.maketrans(1,2,3,4)',
'"a".format(**{"x": 1})', '"a".splitlines(keepends=1)', '"a".expandtabs(tabsize=-5)', '"a".rsplit(sep=None, maxsplit=None)',
'"a".center(5, fillchar="x")', '"a".upper(x=1)', 'str.__new__(int)', 'str.__new__(1)', 'str.__new__()', 'str.__new__(str, 5)']
for t in tests:
    try:
        r = eval(t)
        print(t, '->', repr(r))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
