# time module without depending on actual timing values
import time
t0 = time.time()
print(type(t0).__name__ in ("float", "int"), t0 > 1_000_000_000)
time.sleep(0)
time.sleep(0.001)
t1 = time.time()
print(t1 >= t0)
lt = time.localtime(0) if hasattr(time, "localtime") else None
print(lt is None or len(tuple(lt)) >= 8)
print(callable(time.sleep))
