# mprt: exp-manual
# micropython module: opt_level, heap lock, schedule, mem_info/qstr_info shapes, emitters (hand-written .exp)
import micropython
print(micropython.opt_level())
micropython.opt_level(1)
print(micropython.opt_level())
micropython.opt_level(0)
micropython.heap_lock()
micropython.heap_lock()
print(micropython.heap_locked())
print(micropython.heap_unlock(), micropython.heap_unlock(), micropython.heap_locked())
print(micropython.stack_use() >= 0, micropython.kbd_intr(3), micropython.alloc_emergency_exception_buf(100))
got = []
def cb(arg):
    global got
    got = got + [arg]
micropython.schedule(cb, 1)
micropython.schedule(cb, 2)
for i in range(200):
    pass
print(got)
try:
    for i in range(20):
        micropython.schedule(cb, i)
except RuntimeError as e:
    print("RuntimeError", e)
for i in range(200):
    pass
print(len(got) > 2)
@micropython.native
def f(x):
    return x * 2
print(f(21))
for name in ("viper", "asm_thumb"):
    try:
        getattr(micropython, name)(f)
    except NotImplementedError as e:
        print("NotImplementedError", name in str(e))
