# from-import of a name not yet defined in a partially initialised module
import _partial_a
print(_partial_a.first)
import _partial_b
print(_partial_b._partial_a is _partial_a)
