import _circ_a
B_VALUE = "b"
def from_b():
    return "from_b sees " + _circ_a.A_VALUE
