# program: matrix operations with lists of lists
def mat(rows, cols, f):
    return [[f(i, j) for j in range(cols)] for i in range(rows)]
def mul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(a):
    return [list(r) for r in zip(*a)]
def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    return sum((-1) ** c * m[0][c] * det([row[:c] + row[c + 1:] for row in m[1:]]) for c in range(len(m)))
def identity(n):
    return mat(n, n, lambda i, j: int(i == j))
def mpow(m, e):
    r = identity(len(m))
    while e:
        if e & 1:
            r = mul(r, m)
        m = mul(m, m)
        e >>= 1
    return r
A = mat(3, 3, lambda i, j: i * 3 + j + 1)
B = mat(3, 2, lambda i, j: i - j)
print(A)
print(B)
print(mul(A, B))
print(transpose(A), transpose(B))
print(det(A), det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det([[4, 3], [6, 3]]))
print(mpow([[1, 1], [1, 0]], 50)[0][1])
print(mul(identity(3), A) == A)
def fmt(m):
    w = max(len(str(x)) for row in m for x in row)
    return "\n".join(" ".join(str(x).rjust(w) for x in row) for row in m)
print(fmt(mul(A, A)))
F = [[0.5, 1.5], [2.0, -1.0]]
print(mul(F, F), det(F))
def gauss(a, b):
    n = len(a)
    m = [row[:] + [bb] for row, bb in zip(a, b)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c:
                f = m[r][c] / m[c][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c])]
    return [round(m[i][n] / m[i][i], 9) for i in range(n)]
print(gauss([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3]))
