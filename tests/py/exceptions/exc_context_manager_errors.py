# exceptions around with-statements: exit sees exception info, suppression, exit errors
class Tracker:
    def __init__(self, suppress=()):
        self.suppress = suppress
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("exit:", et.__name__ if et else None, repr(ev) if ev else None)
        return et is not None and issubclass(et, self.suppress)
with Tracker():
    pass
with Tracker(suppress=(KeyError,)):
    {}["missing"]
print("KeyError suppressed")
try:
    with Tracker(suppress=(KeyError,)):
        [][0]
except IndexError as e:
    print("IndexError escaped:", e)
with Tracker(suppress=(LookupError,)):
    [][0]
print("IndexError suppressed via base class")
def in_func():
    with Tracker(suppress=(ValueError,)):
        raise ValueError("hidden")
    return "function continued"
print(in_func())
for i in range(2):
    with Tracker(suppress=(ZeroDivisionError,)):
        print("iter", i, 1 // i)
