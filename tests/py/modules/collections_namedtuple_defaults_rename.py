# namedtuple defaults=, rename=, field name validation messages
from collections import namedtuple
A = namedtuple("A", ["a", "b", "c"], defaults=[2, 3])
print(A(1), A(1, 5), A(1, c=9), A._field_defaults)
try:
    A()
except TypeError as e:
    print("TypeError", e)
B = namedtuple("B", "a b", defaults=(None, None))
print(B(), B(b=1))
try:
    namedtuple("C", "a", defaults=(1, 2))
except TypeError as e:
    print("TypeError", e)
R = namedtuple("R", ["abc", "def", "abc", "_x", "ok", "1x"], rename=True)
print(R._fields)
for names in ["a def", "a _b", "a a", "a 1b", "a,b-c"]:
    try:
        namedtuple("T", names)
    except ValueError as e:
        print("ValueError", e)
for tn in ["1T", "class", "T-T"]:
    try:
        namedtuple(tn, "a")
    except ValueError as e:
        print("ValueError", e)
E = namedtuple("E", "")
print(E(), E._fields, len(E()))
S = namedtuple("S", "a, b,c")
print(S(1, 2, 3), S._fields)
try:
    S(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
try:
    S(1, 2, 3, a=4)
except TypeError as e:
    print("TypeError", e)
try:
    S(1, 2, d=4)
except TypeError as e:
    print("TypeError", e)
