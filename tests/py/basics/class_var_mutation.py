# class variables: shared mutables, shadowing by instance, inheritance of class state
class Base:
    shared = []
    counter = 0
    def __init__(self, name):
        self.name = name
        Base.counter += 1
        self.shared.append(name)
class Sub(Base):
    counter = 100
a, b = Base("a"), Sub("b")
print(Base.shared, Sub.shared is Base.shared, Base.counter, Sub.counter)
class Sub2(Base):
    shared = []
s = Sub2("s")
print(Base.shared, Sub2.shared)
class Inc:
    n = 0
    def bump(self):
        self.n += 1
i1, i2 = Inc(), Inc()
i1.bump(); i1.bump(); i2.bump()
print(Inc.n, i1.n, i2.n, "n" in vars(i1))
Inc.n = 50
print(Inc().n, i1.n)
class Config:
    opts = {"debug": False}
    @classmethod
    def enable(cls):
        cls.opts = dict(cls.opts, debug=True)
class Child(Config):
    pass
Child.enable()
print(Config.opts, Child.opts)
