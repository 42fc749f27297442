# tuple comparison and hashing
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 9))
print((1, 2) == (1.0, 2.0), (1,) == [1], () == ())
print((1, "a") < (2, 1), (1, (2, 3)) <= (1, (2, 3)))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    (1,) < [2]
except TypeError as e:
    print("TypeError", e)
print(hash((1, 2)) == hash((1.0, 2.0)), hash((True,)) == hash((1,)))
print(hash(()) == hash(()), hash((1, (2, 3))) == hash((1, (2, 3))))
d = {(1, 2): "a", (): "empty"}
print(d[(1.0, 2)], d[()])
print(len({(1, 2), (1.0, 2.0), (True, 2)}))
nan = float("nan")
t = (nan,)
print(t == t, (1, 2) != (1, 2), (1, 2) != (2, 1))
print(max([(1, "b"), (1, "c"), (0, "z")]), min((3, 1), (2, 9)))
print(sorted([(2, 1), (1, 2), (1, 1), (1,)]))
class H:
    def __hash__(self):
        raise TypeError("nope")
try:
    hash((1, H()))
except TypeError as e:
    print("TypeError", e)
