# from-import forms: aliases, parentheses, multiple names
from pkg4.beta import (
    B,
    public as pub,
    B as B2,
)
print(B, pub(), B2)
from _helper import VALUE as V, double
print(V, double(V))
def f():
    from _helper import double as dd
    return dd(5), "dd" in locals()
print(f())
print("dd" in globals())
import _helper, pkg4.beta
print(_helper.VALUE, pkg4.beta.B)
