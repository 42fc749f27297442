# time.struct_time: fields, repr, tuple behaviour, construction errors
import time
t = time.gmtime(1700000000)
print(repr(t))
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t[:3], t[-1], len(t), list(t) == list(tuple(t)), isinstance(t, tuple))
print(t == tuple(t), t == time.gmtime(1700000000), t != time.gmtime(0))
s = time.struct_time((2020, 5, 17, 10, 20, 30, 6, 138, 0))
print(s, s.tm_yday)
for bad in [(1, 2, 3), tuple(range(12)), 5]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    t.tm_year = 5
except AttributeError as e:
    print("AttributeError")
print(time.gmtime(0).tm_zone, time.gmtime(0).tm_gmtoff)
print(sorted([time.gmtime(100), time.gmtime(10)])[0].tm_sec)
