# private name mangling: __name inside class bodies
class Account:
    __count = 0

    def __init__(self, owner):
        self.__owner = owner
        Account.__count += 1

    def owner(self):
        return self.__owner

    @classmethod
    def count(cls):
        return cls.__count

    def __secret(self):
        return "secret of " + self.__owner

    def reveal(self):
        return self.__secret()


a = Account("ann")
Account("bob")
print(a.owner(), Account.count(), a.reveal())
print(sorted(k for k in vars(a)))
print("_Account__count" in Account.__dict__, a._Account__owner)
try:
    a.__owner
except AttributeError as e:
    print(type(e).__name__, e)


class Sub(Account):
    def __init__(self, owner):
        super().__init__(owner)
        self.__owner = "sub-" + owner   # distinct attribute

    def both(self):
        return self.__owner, self.owner()


s = Sub("cy")
print(s.both(), sorted(vars(s)))


# dunder names and single underscores are not mangled
class N:
    def __init__(self):
        self.__dunder__ = 1
        self._single = 2
        self.__trail_ = 3


print(sorted(vars(N())))


# leading underscores of the class name are stripped
class _Hidden:
    def __init__(self):
        self.__x = 1


print(list(vars(_Hidden())))


# mangling applies to getattr strings? no - only to identifiers
class G:
    def __init__(self):
        self.__v = 5

    def get(self):
        return getattr(self, "__v", "not mangled"), getattr(self, "_G__v")


print(G().get())
