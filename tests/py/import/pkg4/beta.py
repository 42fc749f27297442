B = "beta"
_private = 1
def public():
    return "beta.public"
