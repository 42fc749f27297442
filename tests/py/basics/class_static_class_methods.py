# classmethod and staticmethod: binding, inheritance, alternative constructors
class Date:
    count = 0

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        type(self).count += 1

    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    @classmethod
    def kind(cls):
        return cls.__name__

    def __repr__(self):
        return "%s(%d, %d, %d)" % (type(self).__name__, self.y, self.m, self.d)


class MyDate(Date):
    pass


print(Date.from_string("2024-02-29"), MyDate.from_string("1999-12-31"))
print(Date.is_leap(2000), Date.is_leap(1900), MyDate().is_leap(2024) if False else MyDate.is_leap(2024))
print(Date.kind(), MyDate.kind(), MyDate(1, 1, 1).kind())
print(Date.count, MyDate.count)

# raw descriptors via __dict__
cm = Date.__dict__["from_string"]
sm = Date.__dict__["is_leap"]
print(type(cm).__name__, type(sm).__name__, sm.__func__(2023))
print(cm.__get__(None, MyDate)("2000-1-2"))
print(callable(sm), callable(cm))

# staticmethod applied manually, classmethod on a lambda
class M:
    twice = staticmethod(lambda x: 2 * x)
    name = classmethod(lambda cls: cls.__name__.lower())


print(M.twice(4), M().twice(5), M.name(), M().name())

# bound method identity and attributes
d = Date(1, 2, 3)
bm = Date.from_string
print(bm.__self__ is Date, bm.__func__ is cm.__func__, d.kind.__self__ is Date)
try:
    Date.is_leap()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Date.from_string()
except TypeError as e:
    print(type(e).__name__, e)
