d = {"name": "Ann", "age": 30, "h": 1.655, "x y": "space", "": "empty"}
print("%(name)s is %(age)d, %(h).2f m" % d, "%(x y)s|%()s|" % d, "%(age)05d|%(age)-5d|%(age)x" % d)
print("%(name)r %(name)a" % d, "%(age)s%%" % d)
class M:
    def __getitem__(self, k):
        return k * 2
print("%(ab)s %(c)s" % M())
for fmt, arg in [("%(missing)s", d), ("%(name)s %s", d), ("%(name)", d), ("%(name)*d", d), ("%(name)s", ["x"]), ("%(name)s", ("x",))]:
    try:
        print(fmt % arg)
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print("%s" % {"a": 1}, "%s %s" % ({"a": 1}, 2), "%d" % True, "%s" % (d,) == str(d))
