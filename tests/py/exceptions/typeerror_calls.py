# TypeError messages from calls
def f(a, b):
    pass
def g(*, k):
    pass
class C:
    def m(self, x):
        pass
FIVE, STR, NONE = 5, "s", None
cases = [
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, c=3),
    lambda: f(1, a=1),
    lambda: g(1),
    lambda: g(),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: FIVE(),
    lambda: STR(),
    lambda: NONE(),
    lambda: len(),
    lambda: len(1, 2),
    lambda: int(1, 2, 3),
    lambda: C(1),
    lambda: f(**{"a": 1, "b": 2, "z": 3}),
    lambda: f(*5),
    lambda: f(**5),
    lambda: [].append(),
    lambda: abs("x"),
    lambda: ord(5),
    lambda: isinstance(1, 2),
]
for c in cases:
    try:
        c()
        print("no error")
    except TypeError as e:
        print(type(e).__name__, e)
