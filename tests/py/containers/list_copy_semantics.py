# ways to copy a list and what they share
import copy
orig = [[1, 2], [3]]
copies = [orig[:], list(orig), orig.copy(), copy.copy(orig), [*orig], [x for x in orig]]
for c in copies:
    print(c == orig, c is orig, c[0] is orig[0])
deep = copy.deepcopy(orig)
deep[0].append(99)
print(orig, deep, deep[0] is orig[0])
alias = orig
alias.append("x")
print(orig)
m = [0] * 3
m2 = [[0]] * 2
m2[0].append(1)
print(m, m2, m2[0] is m2[1])
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 5
print(grid)
