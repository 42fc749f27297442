# shifts and bitwise ops including negatives and bigints
print(1 << 0, 1 << 63, 1 << 100, -1 << 70, 5 >> 1, -5 >> 1, -1 >> 100, (1 << 100) >> 98, 7 >> 64)
print(6 & 3, 6 | 3, 6 ^ 3, ~6, -6 & 0xff, -1 & (1 << 70), (1 << 70) | 1, (1 << 70) ^ (1 << 70), ~(1 << 70))
print(-12 & -7, -12 | -7, -12 ^ -7, 0 & -1, (-(1 << 65)) & ((1 << 66) - 1))
print(True << 2, 2 << True, False >> 3)
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: 1 << -1)
show(lambda: 1 >> -1)
show(lambda: 1 << 1.0)
show(lambda: 1.0 << 1)
show(lambda: 1 & 1.0)
show(lambda: 1 | "a")
show(lambda: ~1.5)
show(lambda: 0 << (1 << 100))
show(lambda: 1 >> (1 << 100))
show(lambda: -1 >> (1 << 100))
print((255).bit_length(), (-255).bit_length(), (0).bit_length(), (1 << 100).bit_length(), (-1).bit_count() if hasattr(1, "bit_count") else 1)
