print(repr(str()), repr(str(1)), repr(str(1.5)), repr(str([1, "a"])), repr(str(None)), repr(str("x")), repr(str(b"ab")), repr(str(object=5)))
class A:
    def __str__(self):
        return "A!"
class B:
    def __repr__(self):
        return "B?"
print(str(A()), str(B()), str(object=A()))
class Bad:
    def __str__(self):
        return 5
try:
    str(Bad())
except TypeError as e:
    print("TypeError", e)
try:
    str(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
print(type(str("a")) is str, str("abc") == "abc")
