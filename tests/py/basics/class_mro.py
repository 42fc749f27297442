# multiple inheritance and C3 MRO with cooperative super()
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who())
print([k.__name__ for k in D.__mro__])
class X:
    val = "X"
class Y:
    val = "Y"
    only_y = 1
class Z(X, Y):
    pass
print(Z.val, Z.only_y, [k.__name__ for k in Z.__mro__])
class Init1:
    def __init__(self):
        print("Init1")
        super().__init__()
class Init2:
    def __init__(self):
        print("Init2")
        super().__init__()
class Both(Init1, Init2):
    def __init__(self):
        print("Both")
        super().__init__()
Both()
class O: pass
class E1(O): pass
class E2(O): pass
class F1(E1, E2): pass
class F2(E2, E1): pass
print([k.__name__ for k in F1.__mro__], [k.__name__ for k in F2.__mro__])
try:
    class Bad(F1, F2):
        pass
except TypeError as e:
    print("TypeError")
class Mixin:
    def describe(self):
        return "I am " + self.name()
class Named:
    def name(self):
        return "named"
class Thing(Mixin, Named):
    pass
print(Thing().describe())
print(issubclass(D, C), issubclass(C, B), isinstance(D(), A))
