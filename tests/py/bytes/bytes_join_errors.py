print(b"".join([b"a", b"b"]), b", ".join(map(bytes, [[65], [66]])), bytearray(b"-").join((bytearray(b"x"), b"y")))
for items in [[b"a", 1], [b"a", "b"], ["a"], [b"ok", None, b"x"], [bytearray(b"a"), [1]]]:
    try:
        print(b"|".join(items))
    except TypeError as e:
        print(type(e).__name__, e)
def g():
    yield b"a"
    raise KeyError("stop")
try:
    b"".join(g())
except KeyError as e:
    print(type(e).__name__, e)
for sep in [b"", bytearray(b"+")]:
    r = sep.join([])
    print(repr(r), type(r).__name__)
try:
    b"".join(5)
except TypeError as e:
    print(type(e).__name__, e)
