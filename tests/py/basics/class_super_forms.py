# super() in various forms: zero-arg, two-arg, in classmethods, cooperative chains
class Base:
    def __init__(self):
        self.log = ["Base"]

    def hello(self):
        return "Base.hello"

    @classmethod
    def make(cls):
        return "make " + cls.__name__


class Left(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Left")

    def hello(self):
        return "Left>" + super().hello()


class Right(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Right")

    def hello(self):
        return "Right>" + super().hello()

    @classmethod
    def make(cls):
        return "Right." + super().make()


class Both(Left, Right):
    def __init__(self):
        super(Both, self).__init__()
        self.log.append("Both")

    def hello(self):
        return "Both>" + super().hello()


b = Both()
print(b.log)
print(b.hello())
print(Both.make())
print(super(Left, b).hello())
print(super(Right, Both).make())


class Child(Base):
    def hello(self):
        inner = lambda: super(Child, self).hello()
        return [inner() for _ in range(2)]

    def gen(self):
        yield super().hello()


print(Child().hello(), list(Child().gen()))


def outside(self):
    return super(Child, self).hello()


print(outside(Child()))
try:
    super(Child, 5)
except TypeError as e:
    print(type(e).__name__, e)


class NoArgs:
    @staticmethod
    def s():
        try:
            super()
        except RuntimeError as e:
            return type(e).__name__ + ": " + str(e)


print(NoArgs.s())
