import _partial_a
print("b sees a.first:", hasattr(_partial_a, "first"))
try:
    from _partial_a import first
except ImportError as e:
    print("ImportError", str(e).split(" (")[0])
