# in-place set operators keep identity; frozenset creates new objects
s = {1, 2, 3}
r = s
s |= {4}
s &= {1, 2, 4, 5}
s -= {1}
s ^= {2, 9}
print(sorted(s), s is r)
f = frozenset({1, 2})
g = f
f |= {3}
print(sorted(f), sorted(g), f is g)
def show(code):
    try:
        exec(code, {})
        print("ok")
    except TypeError as e:
        print("TypeError", e)
show("s = {1}\ns |= [2]")
show("s = {1}\ns &= (1,)")
show("s = {1}\ns -= 'a'")
show("s = {1}\ns ^= range(2)")
show("s = {1}\ns |= frozenset([2])")
show("s = frozenset()\ns |= [1]")
t = {1, 2}
t |= t
print(sorted(t))
t ^= t
print(t)
t = {1, 2}
t -= t
print(t)
t = {1, 2}
t &= t
print(sorted(t))
