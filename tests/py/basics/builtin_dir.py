# dir(): membership checks only (full listings differ between implementations)
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst_attr = 3
c = Child()
d = dir(c)
print(d == sorted(d), all(isinstance(n, str) for n in d))
for name in ["base_attr", "base_method", "child_attr", "inst_attr", "nope"]:
    print(name, name in d, name in dir(Child))
print("append" in dir([]), "keys" in dir({}), "upper" in dir(""), "real" in dir(1))
import math
print("sqrt" in dir(math), "pi" in dir(math))
def f():
    local_a = 1
    local_b = 2
    return sorted(dir())
print(f())
