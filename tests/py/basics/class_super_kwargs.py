# cooperative multiple inheritance passing **kwargs through super().__init__
class Base:
    def __init__(self, **kw):
        self.log = ["Base"]
        if kw:
            self.log.append("leftover %s" % sorted(kw))
class Named(Base):
    def __init__(self, name="anon", **kw):
        super().__init__(**kw)
        self.name = name
        self.log.append("Named")
class Aged(Base):
    def __init__(self, age=0, **kw):
        super().__init__(**kw)
        self.age = age
        self.log.append("Aged")
class Person(Named, Aged):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Person")
p = Person(name="ann", age=30)
print(p.name, p.age, p.log)
q = Person(extra=1)
print(q.name, q.age, q.log)
print([c.__name__ for c in Person.__mro__])
class A:
    def go(self):
        return "A"
class B(A):
    def go(self):
        return "B>" + super().go()
class C(A):
    def go(self):
        return "C>" + super().go()
class D(B, C):
    def go(self):
        return "D>" + super().go()
class E(D):
    def go(self):
        return "E>" + super(D, self).go()
print(D().go(), E().go(), super(B, D()).go())
