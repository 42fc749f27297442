# range equality compares the sequences, not the arguments
pairs = [
    (range(0), range(3, 3)), (range(0), range(5, 0)), (range(1, 2), range(1, 5, 10)),
    (range(0, 10, 3), range(0, 11, 3)), (range(0, 10, 3), range(0, 9, 3)),
    (range(5), range(0, 5, 1)), (range(5, 0, -1), range(5, 0, -1)), (range(1), range(0, 1, -1)),
]
for a, b in pairs:
    print(a, b, a == b, a != b, hash(a) == hash(b) if a == b else "-")
print(range(3) == [0, 1, 2], range(3) == (0, 1, 2), list(range(3)) == [0, 1, 2])
print(len({range(0), range(2, 2), range(1, 1, 5)}), {range(3): 1}.get(range(0, 3, 1)))
print(range(2, 8, 2).__eq__(range(2, 7, 2)), range(3).__ne__(range(4)), range(3).__eq__(3))
print(range(3).__lt__(range(4)))
r = range(10)
print(r.index(9), r.count(10), r[r.index(5)], range(0, 20, 5)[-2])
