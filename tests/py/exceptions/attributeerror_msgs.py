# AttributeError messages
class C:
    pass
class WithSlots:
    __slots__ = ("a",)
obj = C()
cases = [
    lambda: obj.missing,
    lambda: C.missing,
    lambda: (5).nope,
    lambda: "s".nope,
    lambda: [].nope,
    lambda: None.nope,
    lambda: {}.nope,
    lambda: (1.5).nope,
    lambda: len.nope,
    lambda: int.nope,
]
for c in cases:
    try:
        c()
        print("no error")
    except AttributeError as e:
        print(type(e).__name__, e)
for target in [5, "s", [], None]:
    try:
        target.attr = 1
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    del obj.x
except AttributeError as e:
    print(type(e).__name__, e)
ws = WithSlots()
try:
    ws.b = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    ws.a
except AttributeError as e:
    print(type(e).__name__, e)
class P:
    @property
    def ro(self):
        return 1
try:
    P().ro = 5
except AttributeError as e:
    print(type(e).__name__)
import sys
try:
    sys.nonexistent_attr
except AttributeError as e:
    print(type(e).__name__, e)
