# the mutable built-in containers declare __hash__ = None
for t in (list, dict, set, bytearray):
    print(t.__name__, t.__hash__ is None)
for t in (tuple, frozenset, bytes, str, int):
    print(t.__name__, t.__hash__ is None)
class D(dict):
    pass
class H(dict):
    def __hash__(self):
        return 7
for v in ({}, [], set(), bytearray(), D()):
    try:
        hash(v)
    except TypeError as e:
        print("TypeError", e)
print(hash(H()))
