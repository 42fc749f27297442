import _partial_b
first = 1
