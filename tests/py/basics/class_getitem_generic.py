# __class_getitem__ and subscripting builtin generics
class Registry:
    def __class_getitem__(cls, item):
        return "%s[%s]" % (cls.__name__, item if isinstance(item, str) else item.__name__)


print(Registry[int], Registry["x"])


class Sub(Registry):
    pass


print(Sub[str])
# implicit classmethod
print(type(Registry.__dict__["__class_getitem__"]).__name__)


class Both:
    def __getitem__(self, i):
        return "instance %s" % i

    def __class_getitem__(cls, i):
        return "class %s" % i


print(Both[1], Both()[1])


class NoGeneric:
    pass


try:
    NoGeneric[int]
except TypeError as e:
    print(type(e).__name__, e)

# builtin generic aliases
alias = list[int]
print(alias, dict[str, int], tuple[int, ...])
print(alias.__origin__ is list, alias.__args__)
print(alias([1, 2]), type(alias([1])).__name__)
try:
    int[str]
except TypeError as e:
    print(type(e).__name__, e)
