# time.mktime / localtime round trips under TZ=UTC, normalisation, errors
import os, time
os.environ["TZ"] = "UTC"
if hasattr(time, "tzset"):
    time.tzset()
for ts in [0, 86400 * 365, 951825600, 1234567890, 1700000000, -86400 * 10]:
    lt = time.localtime(ts)
    print(ts, lt[:6], time.mktime(lt) == ts, type(time.mktime(lt)).__name__)
print(time.mktime((2021, 1, 32, 0, 0, 0, 0, 0, 0)) == time.mktime((2021, 2, 1, 0, 0, 0, 0, 0, 0)))
print(time.mktime((2021, 3, 0, 0, 0, 0, 0, 0, 0)) == time.mktime((2021, 2, 28, 0, 0, 0, 0, 0, 0)))
print(time.mktime((2021, 1, 1, 25, 0, 0, 0, 0, 0)) - time.mktime((2021, 1, 1, 0, 0, 0, 0, 0, 0)))
print(time.mktime((2021, 1, 1, 0, -1, 0, 0, 0, 0)))
for bad in [(1, 2, 3), "x", 5]:
    try:
        time.mktime(bad)
    except TypeError as e:
        print("TypeError", e)
print(time.localtime(1700000000) == time.gmtime(1700000000))
print(time.asctime(time.localtime(0)), time.ctime(86400 * 400))
