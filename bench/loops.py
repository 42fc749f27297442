# while/for loops with integer arithmetic
def run(n):
    total = 0
    i = 0
    while i < n:
        total += (i * 7 + 3) % 11 - (i >> 2)
        i += 1
    for j in range(n):
        total ^= j & 0xFF
    return total

print(run(1_500_000))
