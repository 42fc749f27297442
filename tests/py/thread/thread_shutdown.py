# At exit the interpreter waits for non-daemon threads; daemon threads are abandoned.
import threading
import time

started = threading.Event()
main_done = threading.Event()


def slow_worker():
    started.set()
    main_done.wait()
    time.sleep(0.2)
    print("non-daemon worker finished")


def forever():
    while True:
        time.sleep(10)


d = threading.Thread(target=forever, daemon=True)
d.start()
t = threading.Thread(target=slow_worker)
t.start()
started.wait()


def chain():
    # a non-daemon thread started by a non-daemon thread is waited for too
    t.join()
    t2 = threading.Thread(target=lambda: (time.sleep(0.1), print("second-generation finished")))
    t2.start()


threading.Thread(target=chain).start()
print("main done")
main_done.set()
