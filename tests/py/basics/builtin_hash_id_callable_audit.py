# hash() of built-in values and errors; callable()
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(-0.0), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61))
print(hash("") == hash(""), hash(()) == hash(()), hash((1, 2)) == hash((1, 2)), hash(frozenset()) == hash(frozenset([])))
print(hash(float("inf")), hash(float("-inf")), hash(1.5), hash(-0.5), hash(1e100) == hash(int(1e100)), hash(10**30) == hash(1e30))
print(hash(complex(1, 0)) == hash(1), hash(None) == hash(None), hash(range(3)) == hash(range(0, 3)), hash(b"ab") == hash(b"ab"))
def t(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: hash([]))
t(lambda: hash({}))
t(lambda: hash(set()))
t(lambda: hash(bytearray()))
t(lambda: hash((1, [])))
t(lambda: hash(slice(1)))
t(lambda: hash())
t(lambda: hash(1, 2))
class H:
    def __hash__(self):
        return 2**70
class BadH:
    def __hash__(self):
        return "x"
class NoH:
    def __eq__(self, o):
        return True
print(hash(H()) == hash(2**70))
t(lambda: hash(BadH()))
t(lambda: hash(NoH()))
print(NoH.__hash__, callable(len), callable(1), callable(int), callable(H), callable(H()), callable(lambda: 0), callable(print))
class C:
    def __call__(self):
        return 1
print(callable(C()), callable(C), callable("a".upper), callable(None), callable(object.__init__))
t(lambda: callable())
t(lambda: callable(1, 2))
