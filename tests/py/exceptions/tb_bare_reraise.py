# bare raise and re-raise through finally/with keep a single entry per frame
class Guard:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("guard exit", exc[0].__name__)
        return False


def inner():
    try:
        raise OSError(2, "No such thing")
    except OSError:
        print("logging and re-raising")
        raise


def middle():
    try:
        inner()
    finally:
        print("middle finally")


def outer():
    with Guard():
        middle()


outer()
