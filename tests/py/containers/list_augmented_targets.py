# augmented assignment on list elements and slices
l = [1, 2, 3]
l[0] += 10
l[-1] *= 2
l[1] **= 3
print(l)
l[0:2] += [9]
print(l)
m = [[1], [2]]
m[0] += [5]
m[1] *= 2
print(m)
calls = []
class Idx:
    def __index__(self):
        calls.append("idx")
        return 0
n = [5]
n[Idx()] += 1
print(n, calls)
d = {"k": [0]}
d["k"] += [1]
d["k"][0] -= 1
print(d)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError", e)
print(t)
s = "ab"
s += "c"
s *= 2
print(s)
try:
    l[10] += 1
except IndexError as e:
    print("IndexError", e)
