import time

for ts in [0, 86399, 86400, 951782400, 1700000000, 2147483647, 4102444800, -86400]:
    t = time.gmtime(ts)
    print(ts, tuple(t), t.tm_year, t.tm_yday, t.tm_wday)
    print(" ", time.strftime("%Y-%m-%d %H:%M:%S %j %a %A %b %B %y %%", t))
t = time.gmtime(1234567890)
print(time.strftime("%d/%m/%Y %I:%M %p", t), time.strftime("%w %U %W", t), time.strftime("", t))
print(time.strftime("%H:%M:%S", (2024, 1, 2, 3, 4, 5, 1, 2, 0)))
print(t.tm_hour, t.tm_min, t.tm_sec, t.tm_mon, t.tm_mday, t[0], len(t))
print(time.gmtime(1.9) == time.gmtime(1), tuple(time.gmtime(0.5)))
try:
    time.strftime("%Y", (1, 2))
except TypeError as e:
    print("TypeError", e)
try:
    time.gmtime("x")
except TypeError as e:
    print("TypeError", e)
print(time.asctime(time.gmtime(0)), time.asctime(t))
