# repr()/str() with misbehaving __repr__/__str__
class R:
    def __repr__(self):
        return 5
class S:
    def __str__(self):
        return None
class Good:
    def __repr__(self):
        return "Good()"
class OnlyRepr:
    def __repr__(self):
        return "OR"
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: repr(R()))
show(lambda: str(R()))
show(lambda: str(S()))
show(lambda: repr(S())[:3])
show(lambda: [Good(), OnlyRepr()])
show(lambda: str(OnlyRepr()))
show(lambda: "%s %r" % (OnlyRepr(), Good()))
show(lambda: f"{Good()!r} {Good()!s}")
show(lambda: [R()])
class StrSub(str):
    pass
class RS:
    def __repr__(self):
        return StrSub("sub")
show(lambda: repr(RS()))
class Raises:
    def __repr__(self):
        raise ValueError("bad repr")
show(lambda: repr([1, Raises()]))
show(lambda: print(Raises()))
