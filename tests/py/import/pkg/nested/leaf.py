from .. import NAME as parent_name
from ..sub import f
def leaf_fn():
    return "leaf of " + parent_name + " " + str(f(1))
