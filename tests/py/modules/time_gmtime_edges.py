# time.gmtime edge values: leap years, century boundaries, negative times, floats
import time
for ts in [68169600, 951868800, 978307199, 978307200, 4107542400, -1, -2208988800, 253402300799]:
    t = time.gmtime(ts)
    print(ts, t[:6], t.tm_wday, t.tm_yday)
for ts in [1.999, -0.5, 0.0, 1e9 + 0.75]:
    print(ts, time.gmtime(ts)[:6])
for bad in [float("nan"), float("inf"), 10 ** 20]:
    try:
        time.gmtime(bad)
    except (ValueError, OverflowError, OSError) as e:
        print(type(e).__name__, e)
try:
    time.gmtime(1, 2)
except TypeError as e:
    print("TypeError", e)
print(time.gmtime(True)[:6], time.gmtime(None) is not None)
for v in [10 ** 17, -10 ** 17, 2 ** 63, 67768036191676799]:
    try:
        print(v, time.gmtime(v)[:3])
    except (OverflowError, OSError) as e:
        print(type(e).__name__, e)
try:
    time.localtime(1, 2)
except TypeError as e:
    print("TypeError", e)
print(time.gmtime(0).tm_zone, time.struct_time(tuple(range(11))).tm_zone)
