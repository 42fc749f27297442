import os, time

os.environ["TZ"] = "UTC"
if hasattr(time, "tzset"):
    time.tzset()
for ts in [0, 1000000000, 1700000000]:
    lt = time.localtime(ts)
    print(tuple(lt)[:8], time.mktime(lt), time.mktime(tuple(lt)))
print(time.mktime((2000, 1, 1, 0, 0, 0, 0, 1, 0)), time.mktime((2000, 13, 1, 0, 0, 0, 0, 1, 0)))
print(time.mktime((2024, 2, 29, 12, 30, 15, 0, 0, 0)))
print(time.mktime((1999, 12, 31, 23, 59, 60, 0, 0, 0)))
print(type(time.time()).__name__, type(time.time_ns()).__name__, time.time() > 1.6e9)
print(time.ctime(0), time.ctime(1e9))
