# time: clock types and relations only (no timing-dependent values)
import time
a = time.time()
b = time.time_ns()
print(type(a).__name__, type(b).__name__, a > 1.6e9, b > 1.6e18)
m1 = time.monotonic()
m2 = time.monotonic()
print(type(m1).__name__, m2 >= m1)
p1 = time.perf_counter()
time.sleep(0.002)
p2 = time.perf_counter()
print(p2 > p1, p2 - p1 >= 0.001)
n1 = time.monotonic_ns()
time.sleep(0)
n2 = time.monotonic_ns()
print(type(n1).__name__, n2 >= n1)
for bad in [-1, -0.5]:
    try:
        time.sleep(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    time.sleep("1")
except TypeError:
    print("TypeError")
if hasattr(time, "ticks_ms"):
    t0 = time.ticks_ms()
    t1 = time.ticks_add(t0, 100)
    print(time.ticks_diff(t1, t0), time.ticks_diff(t0, t1), time.ticks_diff(time.ticks_ms(), t0) >= 0)
    print(isinstance(time.ticks_us(), int), isinstance(time.ticks_cpu(), int))
    time.sleep_ms(1)
    time.sleep_us(10)
else:
    print(100, -100, True)
    print(True, True)
print("done")
