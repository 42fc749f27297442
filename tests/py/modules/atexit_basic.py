# atexit: LIFO order, arguments, decorator use, unregister
import atexit

def show(*args, **kw):
    print("show", args, sorted(kw.items()))

def dropped():
    print("never printed")

atexit.register(show, 1)
atexit.register(show, 2, key="v")
atexit.register(dropped)
atexit.register(dropped, 3)
atexit.unregister(dropped)

@atexit.register
def last():
    print("registered last, runs first")

print(last.__name__)
try:
    atexit.register(42)
except TypeError as e:
    print("TypeError", e)
try:
    atexit.register()
except TypeError:
    print("TypeError")
print("end of program")
