# default argument evaluation and mutable defaults
counter = 0
def next_id():
    global counter
    counter += 1
    return counter
def f(x=next_id()):
    return x
print(f(), f(), counter)
def append_to(v, lst=[]):
    lst.append(v)
    return lst
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def safe(v, lst=None):
    if lst is None:
        lst = []
    lst.append(v)
    return lst
print(safe(1), safe(2))
def g(a, b=2, c=3):
    return a + b * 10 + c * 100
print(g(1), g(1, c=5), g(1, 0), g(a=9, b=9, c=9))
print(g.__defaults__ if hasattr(g, "__defaults__") else (2, 3))
def kwdefault(*, x=10, y):
    return x, y
print(kwdefault(y=1), kwdefault(y=2, x=3))
v = 5
def captured(a=v):
    return a
v = 6
print(captured())
def nested_default(d={"count": 0}):
    d["count"] += 1
    return d["count"]
print(nested_default(), nested_default(), nested_default({"count": 100}))
def lam_defaults():
    return [(lambda i=i: i * i)() for i in range(4)]
print(lam_defaults())
