# attribute lookup order: data descriptors, instance dict, class, bases
class Data:
    def __get__(self, obj, owner):
        return "data-descriptor"
    def __set__(self, obj, v):
        obj.__dict__["stored"] = v
class NonData:
    def __get__(self, obj, owner):
        return "non-data-descriptor"
class Base:
    inherited = "from base"
    shadow = "base shadow"
class C(Base):
    d = Data()
    nd = NonData()
    shadow = "class shadow"
c = C()
print(c.d, c.nd, c.inherited, c.shadow)
c.__dict__["d"] = "instance d"
c.__dict__["nd"] = "instance nd"
print(c.d, c.nd)
c.d = "assigned"
print(c.__dict__["stored"], c.d)
c.shadow = "instance shadow"
print(c.shadow, C.shadow, Base.shadow)
del c.shadow
print(c.shadow)
Base.inherited = "changed in base"
print(c.inherited, C.inherited)
C.inherited = "overridden in C"
print(c.inherited, Base.inherited)
del C.inherited
print(c.inherited)
class M:
    def method(self):
        return "method"
m = M()
m.method = lambda: "instance attr"
print(m.method(), M().method())
del m.method
print(m.method())
print(type(M.__dict__["method"]).__name__, M.method(m))
