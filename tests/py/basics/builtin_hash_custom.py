# hash() with custom __hash__ values
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
print(hash(H(5)), hash(H(-1)), hash(H(0)), hash(H(True)))
print(hash(H(2 ** 61 - 1)), hash(H(2 ** 61)), hash(H(-(2 ** 61))), hash(H(2 ** 64)) == hash(2 ** 64))
for v in (1.5, "x", None):
    try:
        hash(H(v))
    except TypeError as e:
        print("TypeError", e)
class Eq:
    def __eq__(self, o):
        return True
try:
    hash(Eq())
except TypeError as e:
    print("TypeError", e)
print(Eq.__hash__)
class EqH(Eq):
    __hash__ = object.__hash__
print(hash(EqH()) == hash(EqH()) or True)
class NoHash:
    __hash__ = None
try:
    {NoHash(): 1}
except TypeError as e:
    print("TypeError", e)
class Sub(int):
    pass
print(hash(Sub(7)) == hash(7), hash(-1), hash(-2), hash(-1.0))
class I:
    def __index__(self):
        return 3
try:
    hash(H(I()))
except TypeError as e:
    print("TypeError", e)
