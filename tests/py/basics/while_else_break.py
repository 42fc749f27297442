# search loops using for/while else clauses
def find_divisor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return None
    return d
print([(n, find_divisor(n)) for n in [2, 9, 13, 91, 97, 1001]])
def contains_pair(nums, target):
    for i, a in enumerate(nums):
        for b in nums[i + 1:]:
            if a + b == target:
                break
        else:
            continue
        return (a, b)
    return None
print(contains_pair([1, 4, 6, 9], 10), contains_pair([1, 2], 10))
tries = 0
while tries < 5:
    tries += 1
    if tries == 10:
        break
else:
    print("while exhausted after", tries)
for x in range(3):
    try:
        if x == 1:
            break
    finally:
        print("finally", x)
else:
    print("never")
n = 0
for n in range(0):
    pass
else:
    print("empty loop else, n =", n)
