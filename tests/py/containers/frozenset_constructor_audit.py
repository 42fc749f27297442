# set()/frozenset() constructors, identity of frozenset copies and errors
print(sorted(set("hello")), set(range(3)), frozenset([1, 1, 2]), set({1: "a", 2: "b"}), set(), frozenset())
f = frozenset([1, 2])
print(frozenset(f) is f, set(f) is f, type(frozenset(iter([]))).__name__, frozenset() == set(), frozenset() is frozenset())
class FS(frozenset):
    pass
g = FS([1])
print(type(frozenset(g)).__name__, frozenset(g) is g, type(FS(f)).__name__, FS(f) is f, repr(FS([3])), repr(FS()))
class S(set):
    pass
print(repr(S([1])), repr(S()), type(S([1]) | {2}).__name__, type(S([1]).copy()).__name__, type(FS([1]) | {2}).__name__)
def t(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: set(1))
t(lambda: set([[]]))
t(lambda: set([1], [2]))
t(lambda: set(iterable=[1]))
t(lambda: frozenset(1))
t(lambda: frozenset([1], [2]))
t(lambda: frozenset(iterable=[1]))
t(lambda: frozenset([{}]))
s = {1}
s.__init__([5, 6])
print(s)
t(lambda: s.__init__(5))
print(s)
