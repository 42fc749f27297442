# program: linked list class with dunder protocol support
class Node:
    __slots__ = ("val", "next")
    def __init__(self, val, next=None):
        self.val = val
        self.next = next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        v = self.head.val
        self.head = self.head.next
        self.size -= 1
        return v
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next
    def __len__(self):
        return self.size
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("LinkedList index out of range")
    def __contains__(self, v):
        return any(x == v for x in self)
    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(x) for x in self) + "])"
    def __eq__(self, o):
        return isinstance(o, LinkedList) and list(self) == list(o)
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
ll = LinkedList([1, 2, 3])
print(ll, len(ll), ll[0], ll[-1], 2 in ll, 9 in ll)
ll.push(0)
print(ll, ll.pop(), ll.pop(), ll)
ll.reverse()
print(ll, list(ll), sum(ll), sorted(ll))
print(LinkedList("ab") == LinkedList(["a", "b"]), LinkedList() == LinkedList([1]), bool(LinkedList()))
e = LinkedList()
try:
    e.pop()
except IndexError as ex:
    print("IndexError", ex)
try:
    ll[10]
except IndexError as ex:
    print("IndexError", ex)
big = LinkedList(range(100))
print(len(big), big[50], sum(big), max(big))
