# remove/index/count use == and stop at the first match
class Loud:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("cmp", self.v, getattr(other, "v", other))
        return self.v == getattr(other, "v", other)
    def __repr__(self):
        return "L%d" % self.v
l = [Loud(1), Loud(2), Loud(3)]
l.remove(2)
print(l)
print(l.index(3))
print(l.count(1))
print(3 in l)
nums = [1, 2, 1, 2, 1]
nums.remove(1)
print(nums)
while 1 in nums:
    nums.remove(1)
print(nums)
print([1, 1.0, True].index(True), [0, False, 0.0].count(0), [[1], [1]].count([1]))
try:
    [1, 2].remove(3)
except ValueError as e:
    print("ValueError", e)
try:
    [].remove(None)
except ValueError as e:
    print("ValueError", e)
