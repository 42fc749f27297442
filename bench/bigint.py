# big integer multiplication, addition and division
def run():
    a = 3 ** 2000
    b = 7 ** 1500
    acc = 1
    for i in range(1, 1200):
        acc = acc * i + a % (i + 1)
    p = a * b
    q = p // (b + 1)
    digits = len(str(acc))
    return digits, p % 1000003, q % 999983, (acc >> 1000) & 0xFFFF

print(run())
