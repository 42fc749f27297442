# program: calendar arithmetic without the datetime module
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def days_in_month(y, m):
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
def day_of_week(y, m, d):
    t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
    if m < 3:
        y -= 1
    return (y + y // 4 - y // 100 + y // 400 + t[m - 1] + d) % 7
NAMES = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
def ordinal(y, m, d):
    days = d
    for yy in range(1, y):
        days += 366 if is_leap(yy) else 365
    for mm in range(1, m):
        days += days_in_month(y, mm)
    return days
for date in [(2000, 1, 1), (1970, 1, 1), (2024, 2, 29), (1999, 12, 31), (2038, 1, 19)]:
    print(date, NAMES[day_of_week(*date)], ordinal(*date))
print(ordinal(2024, 12, 25) - ordinal(2024, 1, 1), [y for y in range(1896, 1920) if is_leap(y)])
def month_grid(y, m):
    print("   %d-%02d" % (y, m))
    print(" ".join(n[:2] for n in NAMES))
    first = day_of_week(y, m, 1)
    cells = ["  "] * first + ["%2d" % d for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        print(" ".join(cells[i:i + 7]))
month_grid(2024, 2)
month_grid(2023, 10)
