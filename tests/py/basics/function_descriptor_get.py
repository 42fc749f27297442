# function.__get__ / staticmethod / classmethod / property descriptors called directly
def f(self, x=1): return (self, x)
class A: pass
a = A()
print(f.__get__(a)() == (a, 1), f.__get__(None, A) is f, f.__get__(a, A)(5)[1])
print(type(f.__get__(a)).__name__)
sm = staticmethod(len); cm = classmethod(lambda c: c)
print(sm.__get__(None, A) is len, cm.__get__(None, A)() is A, cm.__get__(a)() is A)
print(property(lambda s: 5).__get__(a, A))
try:
    f.__get__()
except TypeError as e:
    print("TypeError", e)
try:
    f.__get__(None, None)
except TypeError as e:
    print("TypeError", e)
