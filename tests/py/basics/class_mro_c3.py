# method resolution order (C3) and conflicts
class O:
    pass


class A(O):
    pass


class B(O):
    pass


class C(O):
    pass


class D(O):
    pass


class E(O):
    pass


class K1(A, B, C):
    pass


class K2(D, B, E):
    pass


class K3(D, A):
    pass


class Z(K1, K2, K3):
    pass


print([c.__name__ for c in Z.__mro__])
print([c.__name__ for c in Z.mro()])


class X:
    pass


class Y(X):
    pass


try:
    class Bad(X, Y):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Dup(X, X):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class P1:
    def who(self):
        return "P1"


class P2:
    def who(self):
        return "P2"


class Q(P1, P2):
    pass


class R(P2, P1):
    pass


print(Q().who(), R().who())
try:
    class S(Q, R):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(Q.__bases__ == (P1, P2), Q.__base__.__name__)
