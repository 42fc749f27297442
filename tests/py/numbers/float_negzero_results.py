z = -0.0
print(z, 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, -0.0 * -0.0)
print(0.0 == -0.0, hash(0.0) == hash(-0.0))
print(-1e-320 * 1e-10, abs(-0.0), -(0.0))
print(round(-0.4), round(-0.4, 0), round(-0.0001, 2))
print(-0.0 // 1, -0.0 % 1, divmod(-0.0, 1.0))
print(-1.0 % 1.0, 1.0 % -1.0, -2.0 % 2.0)
print(math_copysign := None)
import math
print(math.copysign(1, -0.0), math.copysign(1, 0.0))
print(str(-0.0), repr(-0.0), format(-0.0, '.2f'), '%f' % -0.0)
print(float('-0'), float('-0.0e5'), int(-0.0))
print(-0.0 ** 2, (-0.0) ** 2, (-0.0) ** 3)
print(min(0.0, -0.0), max(-0.0, 0.0))
