CONST = "constant"
counter = 0
def alpha():
    return "alpha"
def beta():
    return "beta"
def public_fn():
    return "public"
def _private_fn():
    return "private"
counter += 1
