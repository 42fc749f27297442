# self-referential containers
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a)
d = {"k": 1}
d["self"] = d
print(d)
b = [a, a]
print(len(str(b)) > 0, b[0][2][2][0])
t = ([],)
t[0].append(t)
print(t)
class Node:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return "Node(%d)" % len(self.children)
n = Node()
n.children.append(n)
print(n, n.children)
x = []
x.append(x)
print(x == x)
