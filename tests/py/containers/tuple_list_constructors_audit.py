# list()/tuple() constructors from various iterables and error messages
print(list(), list("ab"), list((1, 2)), list({1: 2}), list(range(3)), list(b"ab"), list(x for x in "q"), list(iter([9])))
print(tuple(), tuple([1]), tuple("xy"), tuple({3: 0}.items()), tuple(bytearray(b"\x01")), tuple(map(abs, [-1])))
l = [1, 2]
print(list(l) is l, list(l) == l, tuple(l), tuple((1,)) == (1,))
l.__init__("xyz")
print(l)
l.__init__()
print(l)
def t(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: list(1))
t(lambda: list(None))
t(lambda: list([1], [2]))
t(lambda: list(x=[1]))
t(lambda: list(iterable=[1]))
t(lambda: tuple(1.5))
t(lambda: tuple([1], [2]))
t(lambda: tuple(iterable=[1]))
t(lambda: l.__init__(5))
class It:
    def __iter__(self):
        yield 1
        raise ValueError("mid-iteration")
t(lambda: list(It()))
t(lambda: tuple(It()))
class Len:
    def __len__(self):
        return 3
    def __iter__(self):
        return iter("ab")
print(list(Len()), tuple(Len()))
