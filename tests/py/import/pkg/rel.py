from . import sub
from .sub import f as subf
def go():
    return sub.f(2) + subf(3)
