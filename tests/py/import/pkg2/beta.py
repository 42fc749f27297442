print("pkg2.beta running")
def beta_value():
    return "beta"
