import abc

class Base(abc.ABC):
    @abc.abstractmethod
    def run(self):
        pass
    @property
    @abc.abstractmethod
    def name(self):
        pass
    def helper(self):
        return "help"

try:
    Base()
except TypeError as e:
    print("TypeError", e)
class Half(Base):
    def run(self):
        return "run"
try:
    Half()
except TypeError as e:
    print("TypeError", e)
class Full(Half):
    @property
    def name(self):
        return "full"
f = Full()
print(f.run(), f.name, f.helper(), isinstance(f, Base), sorted(Base.__abstractmethods__))
print(Full.__abstractmethods__ == frozenset())
class M(metaclass=abc.ABCMeta):
    pass
M.register(int)
print(isinstance(5, M), issubclass(int, M), issubclass(str, M))
print(getattr(Base.run, "__isabstractmethod__", False), getattr(Full.run, "__isabstractmethod__", False))
