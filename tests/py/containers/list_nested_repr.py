# repr of nested and recursive containers
a = [1, "two", 3.0, None, True, (4,), {5: "six"}, {7}, frozenset(), b"8", [], ()]
print(a)
print(repr(a) == str(a))
r = [1]
r.append(r)
print(r, len(repr(r)))
d = {"k": 1}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
l2 = [[], []]
l2[0].append(l2[1])
l2[1].append(l2[0])
print(l2)
s = ["a'b", 'c"d', "e\nf", "\\", "\x00", "é", "\u2028"]
print(s)
print(repr(["x"] * 3), [[[[]]]], [(), [()], {(): []}])
class R:
    def __repr__(self):
        return "R!"
print([R(), (R(),), {R(): R()}])
