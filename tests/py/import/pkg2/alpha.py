print("pkg2.alpha running")
CONST = "alpha-const"
def helper():
    from .beta import beta_value
    return "helper+" + beta_value()
