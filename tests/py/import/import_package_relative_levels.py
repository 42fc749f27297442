# relative imports resolve against __package__ at several levels
from pkg4.inner import deep
print(deep.DEEP, deep.__package__)
import pkg4.alpha as al
print(al.A, al.beta is __import__("pkg4.beta", fromlist=["x"]))
import pkg4.inner
print(pkg4.inner.parent_beta.public())
print(sorted(k for k in __import__("sys").modules if k.startswith("pkg4")))
