# assorted thread APIs: switch interval, _thread.exit, interrupt_main
import sys, _thread, threading, time

old = sys.getswitchinterval()
print(type(old).__name__, old > 0)
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
sys.setswitchinterval(old)
for bad in (0, -1.0):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    sys.setswitchinterval("x")
except TypeError as e:
    print("TypeError", e)

done = _thread.allocate_lock()
done.acquire()
out = []
def worker():
    out.append("before")
    done.release()
    _thread.exit()
    out.append("after")
_thread.start_new_thread(worker, ())
done.acquire()
time.sleep(0.05)
print(out)

def poke():
    _thread.interrupt_main()
try:
    _thread.start_new_thread(poke, ())
    for i in range(10**8):
        time.sleep(0.001)
except KeyboardInterrupt:
    print("KeyboardInterrupt in main")

print(type(threading.get_native_id()).__name__)
print(threading.current_thread() is threading.main_thread())
