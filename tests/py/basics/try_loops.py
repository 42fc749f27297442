# try/except/finally inside loops with break/continue/return
def process(items):
    out = []
    for it in items:
        try:
            if it is None:
                continue
            if it == "stop":
                break
            out.append(10 // it)
        except ZeroDivisionError:
            out.append("div0")
        except TypeError:
            out.append("type")
        else:
            out.append("ok")
        finally:
            out.append("f")
    return out
print(process([5, 0, None, "x", 2, "stop", 1]))
def find_first(items):
    for i, v in enumerate(items):
        try:
            if v > 10:
                return i
        finally:
            print("checked", i)
    return -1
print(find_first([1, 20, 3]))
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError("retry %d" % attempts) if "ConnectionError" in dir(__builtins__) else OSError("retry %d" % attempts)
        print("succeeded after", attempts)
        break
    except OSError as e:
        print("failed:", e)
total = 0
for i in range(5):
    try:
        try:
            if i % 2:
                raise ValueError(i)
            total += i
        finally:
            total += 100
    except ValueError as e:
        total -= int(str(e))
print(total)
