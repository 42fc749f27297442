# exceptions raised in class bodies, decorators and default argument expressions
try:
    class Broken:
        x = 1
        raise RuntimeError("class body failed")
except RuntimeError as e:
    print("RuntimeError", e)
try:
    Broken
except NameError:
    print("Broken not defined")
def bad_deco(f):
    raise TypeError("decorator rejected " + f.__name__)
try:
    @bad_deco
    def victim():
        pass
except TypeError as e:
    print("TypeError", e)
try:
    def with_default(x=1 / 0):
        pass
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    class Base:
        pass
    class Sub(Base, undefined_base_name):
        pass
except NameError as e:
    print("NameError", e)
try:
    x = [1, 2, 3][10]
except IndexError as e:
    print("IndexError", e)
    x = "fallback"
print(x)
