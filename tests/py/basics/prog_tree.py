# program: binary search tree with recursion and generators
class BST:
    def __init__(self):
        self.root = None
    class _N:
        def __init__(self, k, v):
            self.k, self.v, self.l, self.r = k, v, None, None
    def insert(self, k, v=None):
        def ins(n):
            if n is None:
                return BST._N(k, v)
            if k < n.k:
                n.l = ins(n.l)
            elif k > n.k:
                n.r = ins(n.r)
            else:
                n.v = v
            return n
        self.root = ins(self.root)
    def get(self, k, default=None):
        n = self.root
        while n:
            if k == n.k:
                return n.v
            n = n.l if k < n.k else n.r
        return default
    def inorder(self):
        def walk(n):
            if n:
                yield from walk(n.l)
                yield n.k
                yield from walk(n.r)
        return walk(self.root)
    def height(self):
        def h(n):
            return 0 if n is None else 1 + max(h(n.l), h(n.r))
        return h(self.root)
    def __contains__(self, k):
        return self.get(k, self) is not self
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k, str(k))
print(list(t.inorder()), t.height())
print(t.get(40), t.get(99), t.get(99, "none"), 65 in t, 66 in t)
t.insert(40, "forty")
print(t.get(40))
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w, len(w))
print(list(words.inorder()))
chain = BST()
for i in range(30):
    chain.insert(i)
print(chain.height())
