# import a.b.c as x binds the leaf module only
import pkg4.inner.deep as d
print(d.DEEP)
print("pkg4" in dir(), "d" in dir())
import sys
print(sys.modules["pkg4.inner.deep"] is d)
print(sys.modules["pkg4.inner"].parent_beta.B)
import pkg4.inner
print(pkg4.inner.deep is d)
import pkg4.beta as b1, pkg4.beta as b2
print(b1 is b2, b1.B)
