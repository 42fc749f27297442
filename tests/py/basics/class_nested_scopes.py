# nested classes, classes defined in functions, closures over class definitions
def make_class(base_value):
    class Made:
        value = base_value
        def get(self):
            return self.value + base_value
        class Inner:
            tag = "inner of " + str(base_value)
    return Made
M1, M2 = make_class(1), make_class(10)
print(M1().get(), M2().get(), M1.Inner.tag, M2.Inner.tag, M1 is M2)
class Outer:
    x = 5
    class Nested:
        def method(self):
            try:
                return x
            except NameError:
                return "class scope not visible"
    def use_nested(self):
        return Outer.Nested().method()
print(Outer().use_nested())
class Registry:
    items = {}
    @classmethod
    def register(cls, name):
        def deco(klass):
            cls.items[name] = klass
            return klass
        return deco
@Registry.register("alpha")
class Alpha:
    pass
@Registry.register("beta")
class Beta(Alpha):
    pass
print(sorted(Registry.items), Registry.items["beta"].__bases__[0].__name__)
def counter_class():
    count = 0
    class C:
        def __init__(self):
            nonlocal count
            count += 1
        @staticmethod
        def total():
            return count
    return C
C = counter_class()
C(); C(); C()
print(C.total())
