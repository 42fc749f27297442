import _thread
print(_thread.stack_size())
print(_thread.stack_size(64 * 1024))
print(_thread.stack_size(0))
print(_thread.stack_size(128 * 1024))
# no argument: returns the current size and resets it to the default
print(_thread.stack_size())
print(_thread.stack_size())
for bad in (-1, 1):
    try:
        _thread.stack_size(bad)
    except ValueError:
        print("ValueError")
try:
    _thread.stack_size("x")
except TypeError:
    print("TypeError")
done = _thread.allocate_lock()
done.acquire()
_thread.stack_size(256 * 1024)
_thread.start_new_thread(lambda: done.release(), ())
done.acquire()
_thread.stack_size(0)
print("thread ran")
