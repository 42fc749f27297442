# T.__new__ called directly with a non-type, no argument or an unrelated class
def t(fn):
    try:
        r = fn()
        print(type(r).__name__, repr(r))
    except TypeError as e:
        print(type(e).__name__, e)
for T in (int, float, complex, str, bytes, tuple, frozenset, list, dict, set, object):
    t(lambda: T.__new__(5))
    t(lambda: T.__new__())
for T, S in ((float, int), (str, int), (tuple, list), (complex, str), (frozenset, set), (bytes, str), (int, str)):
    t(lambda: T.__new__(S))
class MyInt(int):
    pass
class MyStr(str):
    pass
print(type(int.__new__(MyInt, 5)).__name__, int.__new__(MyInt, "7"), type(str.__new__(MyStr, 1)).__name__, tuple.__new__(tuple, "ab"))
print(float.__new__(float, "1.5"), complex.__new__(complex, 1, 2), frozenset.__new__(frozenset, [1]), list.__new__(list, [1, 2]), dict.__new__(dict, a=1))
