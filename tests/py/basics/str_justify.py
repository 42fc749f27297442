# str justification, zfill, centering edge cases
for w in [0, 1, 5, 6, 7, 8]:
    print(repr("abc".ljust(w)), repr("abc".rjust(w, "*")), repr("abc".center(w, "-")), repr("42".zfill(w)))
print("+7".zfill(4), "-".zfill(3), "".zfill(2), "abc".zfill(5), "-0.5".zfill(6))
print("ab".center(5), "ab".center(6), "abc".center(6), "a".center(4, "."))
table = [("Name", "Qty", "Price"), ("apple", 3, 1.5), ("banana", 12, 0.25), ("kiwi", 100, 10.0)]
for name, qty, price in table:
    print(name.ljust(8) + str(qty).rjust(5) + str(price).rjust(8))
for name, qty, price in table[1:]:
    print("{:<8}|{:>5}|{:>8.2f}|{:^7}".format(name, qty, price, name[:3]))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError", e)
try:
    "x".ljust("5")
except TypeError as e:
    print("TypeError", e)
print("x".rjust(-1), "x".ljust(1))
