# time.strftime: padding, 12-hour clock, week numbers, literal text, errors
import time
base = (2023, 1, 1, 0, 5, 9, 6, 1, 0)
for fmt in ["%I %p", "%H%M%S", "%e" if False else "%d", "%m/%d/%y", "%j", "%U %W %w",
            "%%Y", "plain text", "%Y-%m-%dT%H:%M:%S", "%a %b %d", "%A, %B"]:
    print(repr(fmt), repr(time.strftime(fmt, base)))
for h in [0, 1, 11, 12, 13, 23]:
    print(h, time.strftime("%I %p %H", (2023, 6, 15, h, 0, 0, 3, 166, 0)))
for d in [(2024, 12, 30, 0, 0, 0, 0, 365, 0), (2021, 1, 3, 0, 0, 0, 6, 3, 0), (2021, 1, 4, 0, 0, 0, 0, 4, 0)]:
    print(d[:3], time.strftime("%U %W %j %w %a", d))
for bad in [(2023, 13, 1, 0, 0, 0, 0, 1, 0), (2023, 1, 32, 0, 0, 0, 0, 1, 0),
            (2023, 1, 1, 24, 0, 0, 0, 1, 0), (2023, 1, 1, 0, 60, 0, 0, 1, 0),
            (2023, 1, 1, 0, 0, 62, 0, 1, 0), (2023, 1, 1, 0, 0, 0, 7, 1, 0), (2023, 1, 1, 0, 0, 0, 0, 367, 0)]:
    try:
        print(time.strftime("%Y", bad))
    except ValueError as e:
        print("ValueError", e)
try:
    time.strftime(5)
except TypeError as e:
    print("TypeError", e)
print(time.strftime("%Y", (2023, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strftime("%H:%M:%S", (2023, 1, 1, 23, 59, 61, 0, 1, 0)))
