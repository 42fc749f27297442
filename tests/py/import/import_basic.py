import _helper
print(_helper.VALUE, _helper.double(21))
from _helper import double as dbl
print(dbl(5))
import pkg
print(pkg.NAME)
from pkg import sub
print(sub.f(3))
from pkg.sub import f
print(f(4))
import pkg.sub as ps
print(ps is sub)
try:
    import no_such_module_xyz
except ImportError as e:
    print("ImportError caught", isinstance(e, ImportError))
