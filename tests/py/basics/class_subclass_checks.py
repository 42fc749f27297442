# isinstance/issubclass with tuples, __instancecheck__/__subclasscheck__ on metaclasses
class Meta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")


class Duck(metaclass=Meta):
    pass


class Robot:
    quack = True


print(isinstance(Robot(), Duck), isinstance(1, Duck), issubclass(Robot, Duck), issubclass(int, Duck))
print(isinstance(1, (str, (list, int))), issubclass(bool, (str, int)))
for bad in [lambda: isinstance(1, 5), lambda: issubclass(1, int), lambda: issubclass(int, (int, 2))]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(isinstance(int, type), isinstance(type, type), issubclass(type, object), isinstance(object, type))
