# circular imports resolved at call time
import _circ_a
import _circ_b
print(_circ_a.from_a(), _circ_b.from_b())
print(_circ_a._circ_b is _circ_b, _circ_b._circ_a is _circ_a)
