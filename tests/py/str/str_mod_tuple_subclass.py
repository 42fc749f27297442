class T(tuple):
    pass
print("%s-%s" % T((1, 2)), "%s" % (T((1,)),), "%d%%" % T((5,)))
class L(list):
    pass
print("%s" % L([1, 2]), "%s" % [[1]], "%r" % ((1, 2),))
class D(dict):
    pass
print("%(a)s" % D(a=5), "%(a)s" % {"a": T((1, 2))})
try:
    print("%s %s" % T((1,)))
except TypeError as e:
    print(type(e).__name__, e)
class G:
    def __getitem__(self, k):
        return "got-" + k
print("%(x)s %(y)s" % G(), "plain" % G())
try:
    print("%s" % ())
except TypeError as e:
    print(type(e).__name__, e)
print("%s" % ((),), "%s|%s" % ("", ""), "%.0s|" % "gone", "%c" % "é")
