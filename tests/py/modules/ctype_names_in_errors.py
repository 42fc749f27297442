# C-level type names in error messages of types that CPython implements in C
import collections, functools, itertools, operator, io, time, os
cases = [collections.deque(), collections.OrderedDict(), collections.defaultdict(int),
         functools.partial(len), functools.cmp_to_key(lambda a, b: 0)(1),
         itertools.count(), itertools.repeat(1), itertools.groupby([]),
         operator.itemgetter(1), operator.attrgetter("x"), operator.methodcaller("m"),
         io.StringIO(), io.BytesIO(), time.gmtime(0), os.stat(".")]
for v in cases:
    msgs = []
    for op in [lambda: v < 1, lambda: v + 1j, lambda: v[1.5] if not isinstance(v, (tuple, dict)) else v.nope, lambda: hash(v) if isinstance(v, (collections.deque, dict)) else len(v)]:
        try:
            op()
            msgs.append("ok")
        except Exception as e:
            msgs.append("%s: %s" % (type(e).__name__, e))
    print(type(v).__name__, type(v).__module__, "|", " | ".join(msgs))
class MyDeque(collections.deque):
    pass
try:
    MyDeque() < 1
except TypeError as e:
    print(e)
