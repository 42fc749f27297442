# namedtuple: defaults-free usage, iteration, comparison, as dict keys, subclassing
from collections import namedtuple
Card = namedtuple("Card", "rank suit")
hand = [Card(10, "h"), Card(2, "s"), Card(14, "d"), Card(10, "c")]
print(sorted(hand), max(hand), min(hand, key=lambda c: c.suit))
print({c: i for i, c in enumerate(hand)}[Card(2, "s")], Card(2, "s") == (2, "s"), Card(2, "s") in hand)
r, s = hand[0]
print(r, s, hand[0].rank + hand[1].rank, list(hand[2]), len(hand[3]), hand[0][1])
class Point(namedtuple("Point", ["x", "y"])):
    def dist2(self):
        return self.x ** 2 + self.y ** 2
p = Point(3, 4)
print(p, p.dist2(), p._replace(y=0).dist2(), isinstance(p, tuple))
Pair = namedtuple("Pair", ("a", "b"))
print(Pair(*range(2)), Pair(b=1, a=2), Pair._make([5, 6]) if hasattr(Pair, "_make") else Pair(5, 6))
try:
    Pair(1)
except TypeError:
    print("TypeError missing field")
