# augmented assignment on attributes, subscripts and slices: single evaluation
log = []


class Obj:
    def __init__(self):
        self.v = 1


def get(o, name):
    log.append(name)
    return o


o = Obj()
get(o, "obj").v += 5
print(o.v, log)

d = {"k": [1]}
log.clear()


def key(k):
    log.append("key " + k)
    return k


get(d, "dict")[key("k")] += [2]
print(d, log)

lst = [1, 2, 3, 4]
lst[1:3] += [9]
print(lst)
lst[::2] = [0, 0, 0][:len(lst[::2])]
print(lst)


class Item:
    def __getitem__(self, k):
        log.append("get %r" % (k,))
        return 10

    def __setitem__(self, k, v):
        log.append("set %r %r" % (k, v))


log.clear()
it = Item()
it[1, 2] *= 3
it[::2] -= 1
print(log)
try:
    (1, 2)[0] += 1
except TypeError as e:
    print(type(e).__name__, e)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e, t)
