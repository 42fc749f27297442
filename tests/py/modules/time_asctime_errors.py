# time.asctime / ctime formatting and argument errors
import time
for t in [(2024, 1, 1, 0, 0, 0, -1, 1, 0), (2024, 0, 0, 0, 0, 0, 7, 0, 0), (2024, 1, 1, 0, 0, 0, 0, 1, 0), (1999, 12, 31, 23, 59, 59, 4, 365, 0), (5, 7, 4, 9, 5, 3, 2, 185, 0)]:
    print(time.asctime(t))
print(time.asctime(time.gmtime(1e9)), time.ctime(0) == time.asctime(time.localtime(0)))
for bad in [(1, 2), "x", 5, (2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 0, 9, 1, 0)]:
    try:
        print(time.asctime(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for bad in ["x", float("nan")]:
    try:
        print(time.ctime(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
