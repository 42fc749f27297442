from __future__ import annotations

# forward references are fine: annotations are never evaluated
class Node:
    next: Node | None = None

    def link(self, other: Node) -> Node:
        self.next = other
        return other

a, b = Node(), Node()
print(a.link(b) is b, a.next is b)
print(Node.__annotations__)
print(Node.link.__annotations__)

def f(x: Undefined[1 + 2], *, y: "quoted" = 3) -> NotDefinedEither:
    return x, y
print(f(1))
print(f.__annotations__)
