# time.tzset: Julian/zero-based day rules, explicit DST offsets, minutes in offsets, quoted names
import os, time
for tz in ["IST-5:30", "EST5EDT4,J60/1,J300", "XXX3YYY,100,200/4", "<-03>3", "ABC+1:02:03", "AAA-2BBB-3,M2.1.1/0,M9.4.6/23", "EET-2EEST,M3.5.0/3,M10.5.0/4"]:
    os.environ["TZ"] = tz
    time.tzset()
    row = []
    for ts in [1677000000, 1681000000, 1690000000, 1697000000, 1704000000]:
        lt = time.localtime(ts)
        row.append("%02d:%02d:%02d/%d/%s" % (lt.tm_hour, lt.tm_min, lt.tm_sec, lt.tm_isdst, lt.tm_zone))
    print(tz, time.timezone, time.altzone, time.daylight, time.tzname, row)
    print("  ", time.mktime((2023, 6, 1, 0, 0, 0, 0, 0, -1)), time.mktime((2023, 6, 1, 0, 0, 0, 0, 0, 0)), time.mktime((2023, 6, 1, 0, 0, 0, 0, 0, 1)))
del os.environ["TZ"]
time.tzset()
print(time.tzname, time.timezone)
