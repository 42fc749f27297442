# assert statements with and without messages
def check(v, msg=None):
    try:
        if msg is None:
            assert v
        else:
            assert v, msg
        return "ok"
    except AssertionError as e:
        return "AssertionError args=%r str=%r" % (e.args, str(e))


print(check(1))
print(check(0))
print(check([], "list empty"))
print(check("", 42))
print(check(None, ("tuple", "msg")))
print(check(True, "never"))

# message is evaluated only on failure
calls = []


def msg():
    calls.append(1)
    return "computed"


print(check(1, msg()) if False else None)
try:
    assert 1, msg()
    assert 0, msg()
except AssertionError as e:
    print(e, len(calls))

# assert of a tuple is always true (warning-free via variable)
t = (0, "x")
assert t
print("tuple truthy")

# assert with comparison
x = 3
try:
    assert x == 4, "x is %d" % x
except AssertionError as e:
    print(type(e).__name__, e)

# AssertionError is an Exception
print(issubclass(AssertionError, Exception))
e = AssertionError("a", "b")
print(e.args, str(e))
