# __init_subclass__ with keyword arguments, registries, and super chaining
class Plugin:
    registry = {}

    def __init_subclass__(cls, /, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.key = key or cls.__name__.lower()
        Plugin.registry[cls.key] = cls


class Alpha(Plugin):
    pass


class Beta(Plugin, key="b"):
    pass


class Gamma(Beta):
    pass


print(sorted(Plugin.registry), Gamma.key, Beta.key)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class Base:
    def __init_subclass__(cls, **kw):
        print("Base.__init_subclass__", cls.__name__, sorted(kw))
        super().__init_subclass__()


class Mixin:
    def __init_subclass__(cls, **kw):
        print("Mixin.__init_subclass__", cls.__name__)
        super().__init_subclass__(**kw)


class Both(Mixin, Base, flag=True):
    pass


# implicit classmethod
print(type(Base.__dict__["__init_subclass__"]).__name__)
try:
    class Plain(extra=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class Counted:
    subclasses = []

    def __init_subclass__(cls):
        Counted.subclasses.append(cls.__name__)


class One(Counted):
    pass


class Two(One):
    pass


print(Counted.subclasses)
