# abc: abstract classes cannot be instantiated until all abstract methods are overridden
from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self):
        pass
    @abstractmethod
    def name(self):
        return "shape"
    def describe(self):
        return "%s with area %s" % (self.name(), self.area())
print(sorted(Shape.__abstractmethods__))
try:
    Shape()
except TypeError as e:
    print("TypeError", e)
class Half(Shape):
    def area(self):
        return 0
print(sorted(Half.__abstractmethods__))
try:
    Half()
except TypeError as e:
    print("TypeError", e)
class Square(Half):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def name(self):
        return "square/" + super().name()
sq = Square(3)
print(sq.describe(), isinstance(sq, Shape), issubclass(Square, Shape), Square.__abstractmethods__)
class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def value(self):
        pass
    @classmethod
    @abstractmethod
    def make(cls):
        pass
print(sorted(Base.__abstractmethods__))
class Impl(Base):
    @property
    def value(self):
        return 42
    @classmethod
    def make(cls):
        return cls()
print(Impl.make().value, type(Base).__name__, isinstance(Impl(), ABC))
class Plain(ABC):
    pass
print(type(Plain()).__name__)
