# assert
assert True
assert 1 == 1, "not shown"
try:
    assert False
except AssertionError as e:
    print("AssertionError", repr(e), e.args)
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("AssertionError", e)
try:
    assert [], ["list", "msg"]
except AssertionError as e:
    print("AssertionError", e.args)
def check(x):
    assert isinstance(x, int), "need int, got %s" % type(x).__name__
    return x * 2
print(check(4))
try:
    check("s")
except AssertionError as e:
    print("AssertionError", e)
calls = []
def msg():
    calls.append(1)
    return "m"
assert True, msg()
print(calls)
print(issubclass(AssertionError, Exception))
