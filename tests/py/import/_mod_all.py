__all__ = ["exported", "ALSO"]
def exported():
    return "exported"
def not_exported():
    return "hidden"
ALSO = 5
