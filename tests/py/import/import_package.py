# packages, subpackages and relative imports
import pkg.nested
print(pkg.nested.LEVEL, pkg.nested.leaf_fn())
from pkg.nested.leaf import leaf_fn
print(leaf_fn())
from pkg import rel
print(rel.go())
import pkg.rel as r2
print(r2 is rel, r2.__name__)
import pkg
print(hasattr(pkg, "nested"), hasattr(pkg, "rel"))
print(pkg.nested.leaf.__name__)
