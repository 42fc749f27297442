# subclassing builtin types and overriding methods
class LoggingList(list):
    def append(self, v):
        print("append", v)
        super().append(v)
ll = LoggingList([1])
ll.append(2)
ll.extend([3])
ll += [4]
print(ll, len(ll), type(ll[1:]).__name__, type(ll + [5]).__name__)
class UpperDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.upper())
ud = UpperDict()
ud["a"] = 1
print(ud, ud["A"], ud["a"], "A" in ud, "a" in ud)
class Celsius(float):
    def __str__(self):
        return "%.1f°C" % self
    def to_f(self):
        return self * 9 / 5 + 32
t = Celsius(21.5)
print(t, t.to_f(), t + 1, type(t + 1).__name__, isinstance(t, float), repr(t))
class Count(int):
    def __add__(self, o):
        return Count(int(self) + int(o))
    def __repr__(self):
        return "Count(%d)" % self
c = Count(5) + 3
print(c, type(c).__name__, c * 2, type(c * 2).__name__)
class Stack(list):
    push = list.append
    def peek(self):
        return self[-1]
s = Stack()
s.push(1); s.push(2)
print(s.peek(), s.pop(), s, isinstance(s, list))
class Tagged(tuple):
    tag = "t"
tg = Tagged((1, 2))
print(tg, tg.tag, len(tg), tg == (1, 2), type(tg).__name__)
class MyExc(ValueError):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code
try:
    raise MyExc(7)
except ValueError as e:
    print(type(e).__name__, e, e.code, e.args)
class S(str):
    def __len__(self):
        return 99
print(len(S("abc")), S("abc").upper(), S("x") == "x")
