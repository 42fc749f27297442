from . import cyc_b
early = "a-early"
def later():
    return cyc_b.seen
