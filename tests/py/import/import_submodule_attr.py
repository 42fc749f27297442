# importing a submodule binds it as an attribute of the package
import pkg4
print(hasattr(pkg4, "star_bad"))
import pkg4.star_bad
print(hasattr(pkg4, "star_bad"), pkg4.star_bad.ok)
del pkg4.star_bad
print(hasattr(pkg4, "star_bad"))
import sys
print("pkg4.star_bad" in sys.modules)
from pkg4 import star_bad
print(star_bad is sys.modules["pkg4.star_bad"])
import pkg4.star_bad as sb
print(sb is star_bad)
