# AssertionError construction, subclassing and catching
class CheckFailed(AssertionError):
    def __init__(self, what):
        super().__init__("check failed: " + what)


def validate(v):
    if not isinstance(v, int):
        raise CheckFailed("type")
    assert v >= 0, ("negative", v)
    return v


for v in [3, -2, "x"]:
    try:
        print(validate(v))
    except AssertionError as e:
        print(type(e).__name__, e.args, str(e))

try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert [] or None, {"key": "value"}
except AssertionError as e:
    print(type(e.args[0]).__name__, e)
