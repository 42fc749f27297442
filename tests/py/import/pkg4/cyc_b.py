from . import cyc_a
seen = hasattr(cyc_a, "early")
