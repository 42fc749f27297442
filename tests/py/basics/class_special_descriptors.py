# special methods stored as staticmethod/classmethod are bound like attributes
class C:
    @staticmethod
    def __sub__(rhs):
        return ("sub", rhs)

    @classmethod
    def __add__(cls, rhs):
        return ("add", cls.__name__, rhs)

    @staticmethod
    def __lt__(other):
        return ("lt", other)

c = C()
print(c - 1)
print(c + 2)
print(c < 3)

class D:
    @classmethod
    def __radd__(cls, lhs):
        return ("radd", cls.__name__, lhs)

print(1 + D())

# super() repr
class A:
    def f(self):
        return super()
class B(A):
    def f(self):
        return repr(super())
print(repr(A().f()))
print(B().f())
