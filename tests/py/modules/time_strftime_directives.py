import time

t = (2023, 7, 4, 15, 9, 3, 1, 185, 0)
for d in "aAbBcdHIjmMpSUwWxXyYZ%":
    if d in "cxXZ":
        continue
    print(d, repr(time.strftime("%" + d, t)))
print(time.strftime("%Y%m%d-%H%M%S", t), time.strftime("[%e]", t) if False else "")
t2 = (2021, 1, 1, 0, 0, 0, 4, 1, 0)
print(time.strftime("%U %W %j %a %I %p", t2))
t3 = (2020, 12, 31, 12, 0, 0, 3, 366, 0)
print(time.strftime("%U %W %j %a %I %p", t3))
for bad in [(2023, 13, 1, 0, 0, 0, 0, 1, 0), (2023, 1, 32, 0, 0, 0, 0, 1, 0), (2023, 1, 1, 24, 0, 0, 0, 1, 0)]:
    try:
        time.strftime("%Y", bad)
    except ValueError as e:
        print("ValueError", e)
print(time.strftime("%Y", (2023, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strftime("%m %d %j", (2023, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strftime("%a", (2023, 1, 1, 0, 0, 0, 9, 1, 0)))
for bad in [(2023, 1, 1, 0, 60, 0, 0, 1, 0), (2023, 1, 1, 0, 0, 62, 0, 1, 0), (2023, 1, 1, 0, 0, 0, -1, 1, 0), (2023, 1, 1, 0, 0, 0, 0, 367, 0)]:
    try:
        time.strftime("%Y", bad)
    except ValueError as e:
        print("ValueError", e)
