# Threads started with _thread directly: current_thread() gives a dummy Thread;
# threading.local works in them too.
import _thread
import threading

res = []
done = threading.Event()
loc = threading.local()
loc.v = "main"


def raw():
    ct = threading.current_thread()
    res.append((ct.name, ct.daemon, ct.is_alive(), ct is threading.current_thread()))
    res.append(ct.ident == _thread.get_ident())
    try:
        ct.join()
    except AssertionError as e:
        res.append(str(e))
    res.append(hasattr(loc, "v"))
    loc.v = "raw"
    res.append(loc.v)
    res.append(ct in threading.enumerate())
    done.set()


t = threading.Thread(target=lambda: None)  # consumes counter value 1
_thread.start_new_thread(raw, ())
print(done.wait(30))
for r in res:
    print(r)
print(loc.v)
print(threading.Thread().name)
