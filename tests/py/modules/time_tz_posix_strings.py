# time.tzset with POSIX TZ strings: offsets, DST rules, localtime/mktime/strftime %Z %z
import os, time
for tz in ["EST+5", "UTC-3", "<+0330>-3:30", "EST5EDT,M3.2.0,M11.1.0", "CET-1CEST,M3.5.0,M10.5.0/3",
           "AEST-10AEDT,M10.1.0,M4.1.0/3", "UTC0", "XYZ", "NZST-12NZDT,M9.5.0,M4.1.0/3", "EST5EDT"]:
    os.environ["TZ"] = tz
    time.tzset()
    print(tz, time.timezone, time.altzone, time.daylight, time.tzname)
    for ts in [1700000000, 1690000000, 1678606200, 1699174800]:
        lt = time.localtime(ts)
        print("  ", ts, tuple(lt), lt.tm_zone, lt.tm_gmtoff, time.mktime(lt) == ts, time.strftime("%H:%M %Z %z", lt))
    print("  ", time.mktime((2023, 7, 1, 12, 0, 0, 0, 0, -1)), time.mktime((2023, 1, 1, 12, 0, 0, 0, 0, -1)))
os.environ["TZ"] = "UTC"
time.tzset()
print(time.timezone, time.tzname, time.localtime(0).tm_zone, time.gmtime(0).tm_zone, time.gmtime(0).tm_gmtoff)
