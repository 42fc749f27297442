# time: gmtime/localtime/mktime/strftime conversions (deterministic for fixed inputs)
import time
t = time.gmtime(0)
print(t, t.tm_year, t.tm_wday, t.tm_yday, len(t), t[0:3])
for secs in [0, 86399, 86400, 951782400, 1000000000, 1234567890, 1700000000, 2147483647, 4102444800, -1, -86401]:
    g = time.gmtime(secs)
    print(secs, tuple(g), time.strftime("%Y-%m-%d %H:%M:%S %a %b %j %A %B %p %I %y %w %%", g))
print(time.strftime("%d/%m/%Y", (2024, 2, 29, 13, 5, 9, 3, 60, 0)))
print(time.asctime(time.gmtime(1234567890)), time.strftime("%c", time.gmtime(1234567890)))
print(time.mktime(time.localtime(1234567890)) == 1234567890.0, type(time.mktime(time.localtime(0))).__name__)
print(time.gmtime(1.9), time.gmtime(1.9) == time.gmtime(1))
st = time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0))
print(st, st.tm_mday, st == (2020, 1, 2, 3, 4, 5, 3, 2, 0))
lt = time.localtime()
print(type(lt).__name__, len(lt), 1 <= lt.tm_mon <= 12, 1970 <= lt.tm_year)
try:
    time.strftime("%Y", (1,))
except TypeError as e:
    print("TypeError")
