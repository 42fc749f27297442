# circular imports inside a package see partially initialised modules
from pkg4 import cyc_a
print(cyc_a.later())
import pkg4.cyc_b
print(pkg4.cyc_b.cyc_a is cyc_a)
print(cyc_a.cyc_b is pkg4.cyc_b)
