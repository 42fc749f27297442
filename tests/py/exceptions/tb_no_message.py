# exceptions without a message show just the class name; chain of two
def f():
    raise KeyError


try:
    f()
except KeyError:
    raise ValueError("")
