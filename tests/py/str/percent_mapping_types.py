for arg in [[1], range(3), b"z", bytearray(b"y"), {"a": 1}, "s", (1,), 5, None, {1, 2}]:
    try:
        print(type(arg).__name__, repr("abc" % arg))
    except TypeError as e:
        print(type(arg).__name__, type(e).__name__, e)
for arg in [[1], range(3), b"z", bytearray(b"y"), "s", 5]:
    try:
        print(type(arg).__name__, repr(b"abc" % arg))
    except TypeError as e:
        print(type(arg).__name__, type(e).__name__, e)
print("%(0)s" % ["zero"] if False else "skip", "%s" % [1, 2], "%s" % range(2), "%r" % b"q")
try:
    print("%(x)s" % [1])
except TypeError as e:
    print(type(e).__name__, e)
