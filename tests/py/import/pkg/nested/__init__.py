from .leaf import leaf_fn
LEVEL = "nested"
