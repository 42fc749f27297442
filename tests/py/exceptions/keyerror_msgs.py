# KeyError: messages, str vs repr, args
d = {"a": 1}
for k in ["missing", 5, (1, 2), None, "", 1.5]:
    try:
        d[k]
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args)
try:
    d.pop("x")
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    set().remove(3)
except KeyError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    del d["nope"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    raise KeyError("a", "b")
except KeyError as e:
    print(type(e).__name__, e)
try:
    raise KeyError()
except KeyError as e:
    print(type(e).__name__, repr(str(e)))
try:
    "{missing}".format(other=1)
except KeyError as e:
    print(type(e).__name__, e)
print(isinstance(KeyError(), LookupError))
