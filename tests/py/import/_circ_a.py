import _circ_b
A_VALUE = "a"
def from_a():
    return "from_a sees " + _circ_b.B_VALUE
