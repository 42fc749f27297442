# package __init__ side effects, lazy submodule import inside function
import pkg2
print(pkg2.initialized, pkg2.ALPHA_CONST, pkg2.alpha.CONST)
print(hasattr(pkg2, "beta"))
print(pkg2.alpha.helper())
print(hasattr(pkg2, "beta"))
import pkg2.beta
print(pkg2.beta.beta_value())
import pkg2
print("second import prints nothing")
