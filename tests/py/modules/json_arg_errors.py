# json function argument errors: missing/extra args, bad keyword names, bad types
import json, io
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t(json.dumps)
t(json.dumps, 1, 2)
t(json.dumps, 1, bogus=1)
t(json.loads)
t(json.loads, "1", bogus=1)
t(json.loads, None)
t(json.loads, 1.5)
t(json.dump, 1)
t(json.dump, 1, io.StringIO(), bogus=2)
t(json.load)
t(json.load, io.StringIO("[1]"), bogus=3)
t(json.dumps, [1], indent="  ")
t(json.dumps, {"a": 1}, indent=1.5)
t(json.loads, b"\xff")
t(json.loads, "\ufeff[1]")
t(json.loads, b'\xef\xbb\xbf[1]')
t(json.loads, '"a\tb"')
t(json.loads, '"a\tb"', strict=False)
