x, y = 3, "hi"
print(f"{x=}")
print(f"{x = }")
print(f"{x+1=}")
print(f"{y=}", f"{y=!s}", f"{y=:>5}", f"{y=!r:>8}")
print(f"{x * 2 = :04d}")
lst = [1, 2]
print(f"{lst[0]=}", f"{len(lst)=}", f"{lst=}")
class P:
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
p = P()
print(f"{p=}", f"{p=!s}")
try:
    print(f"{p=:>6}")
except TypeError as e:
    print(type(e).__name__, e)
print(f"{3.5=:.2f}", f"{'q'=}", f"{None=}")
