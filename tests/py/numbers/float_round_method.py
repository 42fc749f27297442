# float.__round__, __trunc__, __floor__, __ceil__, and math helpers
import math
for v in (2.5, 3.5, -2.5, -0.5, 0.49999999999999994, 1e16 + 1, 1.45, 2.675):
    print(v, round(v), v.__round__(), v.__round__(1), math.trunc(v), math.floor(v), math.ceil(v), int(v))
print(type((2.5).__round__()).__name__, type((2.5).__round__(0)).__name__, type(math.floor(2.5)).__name__)
print((1.23456).__round__(3), (123.456).__round__(-1), (-0.5).__round__(0), (0.5).__round__(None))
print(float.__trunc__(-3.7), float.__floor__(-3.2), float.__ceil__(-3.8))
print(round(0.1 + 0.2, 15), round(2.5e-5, 5), round(1.5e-300, 300), round(123456.789, -3))
