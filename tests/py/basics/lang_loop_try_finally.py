# break/continue/return passing through try/finally and with blocks
log = []


class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        log.append("enter " + self.name)
        return self

    def __exit__(self, *a):
        log.append("exit " + self.name + " " + str(a[0].__name__ if a[0] else None))
        return False


for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        log.append("body %d" % i)
    finally:
        log.append("finally %d" % i)
print(log)
log.clear()

for i in range(3):
    with CM("a%d" % i):
        with CM("b%d" % i):
            if i == 0:
                continue
            if i == 1:
                break
print(log)
log.clear()


def f():
    for i in range(3):
        try:
            try:
                if i == 1:
                    return "ret %d" % i
            finally:
                log.append("inner %d" % i)
        finally:
            log.append("outer %d" % i)
    return "end"


print(f(), log)
log.clear()

# continue inside finally (allowed since 3.8)
for i in range(3):
    try:
        log.append(i)
    finally:
        if i == 1:
            continue
    log.append("after %d" % i)
print(log)

# break in finally swallows the exception
for i in range(2):
    try:
        raise ValueError("lost")
    finally:
        break
print("exception swallowed by break", i)
