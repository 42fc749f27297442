# from package import submodule loads the submodule
import sys
print("pkg4.alpha" in sys.modules)
from pkg4 import alpha
print(alpha.A, alpha.PKG)
print("pkg4.alpha" in sys.modules, "pkg4.beta" in sys.modules)
import pkg4
print(pkg4.alpha is alpha, pkg4.beta.B)
from pkg4 import beta, PKG4_INIT
print(beta.public(), PKG4_INIT)
from pkg4.inner import deep, parent_beta
print(deep.DEEP, parent_beta is beta)
