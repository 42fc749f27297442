# built-in sequences + / * a user object: the right operand's __radd__/__rmul__ runs before the sequence error
class R:
    def __radd__(self, o):
        return ("radd", o)
    def __rmul__(self, o):
        return ("rmul", o)
print([1] + R(), "s" + R(), (1,) + R(), b"b" + R(), bytearray(b"x") + R())
print([1] * R(), "s" * R(), 3 * R())
class L(list):
    def __radd__(self, o):
        return "L.radd"
print([1] + L([2]), L([2]) + [1])
