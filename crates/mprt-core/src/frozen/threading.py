"""threading: high-level threads and synchronisation primitives (frozen).

Built on the native `_thread` module: every Python thread is a task of the
port (an OS thread on the host) and blocking waits release the GIL.
"""

import _thread
import sys as _sys
from time import monotonic as _time

__all__ = [
    "get_ident", "get_native_id", "active_count", "Condition", "current_thread",
    "enumerate", "main_thread", "TIMEOUT_MAX", "Event", "Lock", "RLock",
    "Semaphore", "BoundedSemaphore", "Thread", "Barrier", "BrokenBarrierError",
    "Timer", "ThreadError", "ExceptHookArgs", "excepthook", "local", "stack_size",
]

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
stack_size = _thread.stack_size
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
Lock = _thread.allocate_lock

# ---------------------------------------------------------------------------
# Reentrant lock


class RLock:
    """A lock that the owning thread may acquire several times."""

    def __init__(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        return "<%s %s.%s object owner=%r count=%d at %s>" % (
            "locked" if self._block.locked() else "unlocked",
            self.__class__.__module__,
            self.__class__.__qualname__,
            self._owner,
            self._count,
            hex(id(self)),
        )

    def acquire(self, blocking=True, timeout=-1):
        """Acquire the lock; reentrant for the owner. Returns True on success."""
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        ok = self._block.acquire(blocking, timeout)
        if ok:
            self._owner = me
            self._count = 1
        return ok

    __enter__ = acquire

    def release(self):
        """Release one level; the lock is freed when the count drops to zero."""
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    def locked(self):
        """True if some thread holds the lock."""
        return self._block.locked()

    def _is_owned(self):
        return self._owner == get_ident()

    def _release_save(self):
        if not self._count:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state


_PyRLock = RLock
if hasattr(_thread, "RLock"):
    RLock = _thread.RLock

# ---------------------------------------------------------------------------
# Condition variables


class Condition:
    """A condition variable bound to a lock (an RLock by default)."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        if hasattr(lock, "_release_save"):
            self._release_save = lock._release_save
            self._acquire_restore = lock._acquire_restore
            self._is_owned = lock._is_owned
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    # Defaults for plain locks (overridden per instance for RLock-like locks).
    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Release the lock, wait to be notified (or time out), re-acquire.

        Returns False if the timeout expired, True otherwise."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        state = self._release_save()
        got = False
        try:
            if timeout is None:
                waiter.acquire()
                got = True
            elif timeout > 0:
                got = waiter.acquire(True, timeout)
            else:
                got = waiter.acquire(False)
            return got
        finally:
            self._acquire_restore(state)
            if not got:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true (or the timeout expires); returns its last value."""
        end = None
        wait_time = timeout
        result = predicate()
        while not result:
            if wait_time is not None:
                if end is None:
                    end = _time() + wait_time
                else:
                    wait_time = end - _time()
                    if wait_time <= 0:
                        break
            self.wait(wait_time)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up to n threads waiting on this condition."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            w = waiters.pop(0)
            try:
                w.release()
            except RuntimeError:
                continue
            n -= 1

    def notify_all(self):
        """Wake up every thread waiting on this condition."""
        self.notify(len(self._waiters))

    notifyAll = notify_all


# ---------------------------------------------------------------------------
# Semaphores


class Semaphore:
    """A counter that blocks acquire() while it is zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        return "<%s.%s at %s: value=%d>" % (
            self.__class__.__module__,
            self.__class__.__qualname__,
            hex(id(self)),
            self._value,
        )

    def acquire(self, blocking=True, timeout=None):
        """Decrement the counter, waiting while it is zero. Returns True on success."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        ok = False
        end = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if end is None:
                        end = _time() + timeout
                    else:
                        timeout = end - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                ok = True
        return ok

    __enter__ = acquire

    def release(self, n=1):
        """Increment the counter by n, waking up to n waiters."""
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore whose counter may never exceed its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        return "<%s.%s at %s: value=%d/%d>" % (
            self.__class__.__module__,
            self.__class__.__qualname__,
            hex(id(self)),
            self._value,
            self._initial_value,
        )

    def release(self, n=1):
        """Increment the counter; ValueError if it would exceed the initial value."""
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


# ---------------------------------------------------------------------------
# Events


class Event:
    """A flag that threads can wait on."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        return "<%s.%s at %s: %s>" % (
            self.__class__.__module__,
            self.__class__.__qualname__,
            hex(id(self)),
            "set" if self._flag else "unset",
        )

    def is_set(self):
        """True if the flag is set."""
        return self._flag

    isSet = is_set

    def set(self):
        """Set the flag and wake every waiter."""
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        """Reset the flag."""
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Wait until the flag is set (or the timeout expires); returns the flag."""
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


# ---------------------------------------------------------------------------
# Barriers


class BrokenBarrierError(RuntimeError):
    """Raised by Barrier.wait() when the barrier is broken or reset."""


class Barrier:
    """Make a fixed number of threads wait for each other."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0  # 0 filling, 1 draining, -1 resetting, -2 broken
        self._count = 0

    def __repr__(self):
        if self.broken:
            return "<%s.%s at %s: broken>" % (
                self.__class__.__module__, self.__class__.__qualname__, hex(id(self)))
        return "<%s.%s at %s: waiters=%d/%d>" % (
            self.__class__.__module__,
            self.__class__.__qualname__,
            hex(id(self)),
            self.n_waiting,
            self.parties,
        )

    def wait(self, timeout=None):
        """Wait for all parties; returns this thread's arrival index (0..parties-1)."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        while self._state in (-1, 1):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 0

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except BaseException:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != 0, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 1

    def _exit(self):
        if self._count == 0:
            if self._state in (-1, 1):
                self._state = 0
                self._cond.notify_all()

    def reset(self):
        """Return the barrier to its initial state; current waiters get BrokenBarrierError."""
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        """Put the barrier into the broken state."""
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        """The number of threads required to pass the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """The number of threads currently waiting."""
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        """True if the barrier is broken."""
        return self._state == -2


# ---------------------------------------------------------------------------
# Threads

_counter_lock = _allocate_lock()
_counter_value = 0


def _newname(template):
    global _counter_value
    with _counter_lock:
        _counter_value += 1
        n = _counter_value
    return template % n


_active_lock = _allocate_lock()
_active = {}  # ident -> Thread
_limbo = {}  # Thread -> Thread (started, not yet running)
_tlocals = {}  # ident -> {local key: attribute dict}


class ExceptHookArgs:
    """The argument of threading.excepthook."""

    __slots__ = ("exc_type", "exc_value", "exc_traceback", "thread")

    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread

    def __iter__(self):
        return iter((self.exc_type, self.exc_value, self.exc_traceback, self.thread))

    def __len__(self):
        return 4

    def __getitem__(self, i):
        return (self.exc_type, self.exc_value, self.exc_traceback, self.thread)[i]

    def __repr__(self):
        return "_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)" % (
            self.exc_type, self.exc_value, self.exc_traceback, self.thread)


def excepthook(args):
    """Report an uncaught exception of a thread on sys.stderr (SystemExit is ignored)."""
    if args.exc_type is SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None:
        if args.thread is None:
            return
        stderr = getattr(args.thread, "_stderr", None)
        if stderr is None:
            return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    print("Exception in thread %s:" % name, file=stderr)
    if args.exc_value is not None:
        _sys.print_exception(args.exc_value, stderr)
    else:
        print(args.exc_type.__name__, file=stderr)
    if hasattr(stderr, "flush"):
        stderr.flush()


__excepthook__ = excepthook


class Thread:
    """A thread of control running `run()` (by default: target(*args, **kwargs))."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += " (%s)" % target.__name__
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._started = Event()
        self._is_stopped = False
        self._done = _allocate_lock()
        self._initialized = True
        self._stderr = _sys.stderr
        self._invoke_excepthook = None

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Start the thread's activity (at most once per Thread object)."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _active_lock:
            _limbo[self] = self
        self._done.acquire()
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_lock:
                del _limbo[self]
            self._done.release()
            raise
        self._started.wait()

    def run(self):
        """The thread's activity: call the target with the given arguments."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        try:
            self._ident = get_ident()
            try:
                self._native_id = get_native_id()
            except Exception:
                pass
            with _active_lock:
                _active[self._ident] = self
                _limbo.pop(self, None)
            self._started.set()
            try:
                self.run()
            except BaseException as e:
                hook = excepthook
                try:
                    hook(ExceptHookArgs(type(e), e, e.__traceback__, self))
                except BaseException as e2:
                    try:
                        print("Exception in threading.excepthook:", file=_sys.stderr)
                        _sys.print_exception(e2, _sys.stderr)
                    except BaseException:
                        pass
                e = None
        finally:
            with _active_lock:
                _active.pop(self._ident, None)
                _tlocals.pop(self._ident, None)
            self._is_stopped = True
            self._done.release()

    def join(self, timeout=None):
        """Wait until the thread terminates (or the timeout, in seconds, expires)."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if self._is_stopped:
            return
        if timeout is None:
            ok = self._done.acquire()
        else:
            if timeout < 0:
                timeout = 0
            ok = self._done.acquire(True, timeout)
        if ok:
            self._done.release()

    def is_alive(self):
        """True from just before run() starts until just after it ends."""
        assert self._initialized, "Thread.__init__() not called"
        return self._started.is_set() and not self._is_stopped

    @property
    def name(self):
        """The thread's name (only used for identification)."""
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        """The thread identifier, or None if the thread has not started."""
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        """The OS-level thread id, or None if the thread has not started."""
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    @property
    def daemon(self):
        """Daemon threads are abandoned when the program exits."""
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        """Deprecated getter for daemon."""
        return self.daemon

    def setDaemon(self, daemonic):
        """Deprecated setter for daemon."""
        self.daemon = daemonic

    def getName(self):
        """Deprecated getter for name."""
        return self.name

    def setName(self, name):
        """Deprecated setter for name."""
        self.name = name


class Timer(Thread):
    """Call a function after a number of seconds (unless cancelled first)."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started.set()
        self._ident = get_ident()
        try:
            self._native_id = get_native_id()
        except Exception:
            pass
        self._done.acquire()
        with _active_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._ident = get_ident()
        try:
            self._native_id = get_native_id()
        except Exception:
            pass
        with _active_lock:
            _active[self._ident] = self

    def is_alive(self):
        return not self._is_stopped and self._started.is_set()

    def join(self, timeout=None):
        raise AssertionError("cannot join a dummy thread")


def current_thread():
    """The Thread object of the calling thread (a dummy one for foreign threads)."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


currentThread = current_thread


def main_thread():
    """The main Thread object."""
    return _main_thread


def active_count():
    """The number of Thread objects currently alive."""
    with _active_lock:
        return len(_active) + len(_limbo)


activeCount = active_count


def enumerate():
    """A list of all Thread objects currently alive."""
    with _active_lock:
        return list(_active.values()) + list(_limbo.values())


def _shutdown():
    """Called at interpreter exit: wait for every non-daemon thread to finish."""
    if _main_thread._is_stopped:
        return
    _main_thread._is_stopped = True
    try:
        _main_thread._done.release()
    except RuntimeError:
        pass
    me = current_thread()
    while True:
        with _active_lock:
            pending = [t for t in list(_active.values()) + list(_limbo.values())
                       if not t._daemonic and t is not me and t is not _main_thread
                       and not isinstance(t, _DummyThread)]
        if not pending:
            break
        for t in pending:
            if t._started.is_set():
                t.join()
            else:
                t._started.wait()


_main_thread = _MainThread()

# ---------------------------------------------------------------------------
# Thread-local data

_local_counter_lock = _allocate_lock()
_local_counter = 0


def _local_dict(self, create):
    key = object.__getattribute__(self, "_local__key")
    ident = get_ident()
    per = _tlocals.get(ident)
    if per is None:
        if not create:
            return None
        with _active_lock:
            per = _tlocals.setdefault(ident, {})
    d = per.get(key)
    if d is None and create:
        d = {}
        per[key] = d
        args, kw = object.__getattribute__(self, "_local__args")
        init = type(self).__init__
        if init is not object.__init__:
            init(self, *args, **kw)
    return d


class local:
    """Thread-local data: each thread sees its own set of attributes."""

    def __new__(cls, *args, **kw):
        global _local_counter
        if (args or kw) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        with _local_counter_lock:
            _local_counter += 1
            key = _local_counter
        object.__setattr__(self, "_local__key", key)
        object.__setattr__(self, "_local__args", (args, kw))
        # The creating thread's dict exists up front; __init__ runs normally.
        ident = get_ident()
        with _active_lock:
            per = _tlocals.setdefault(ident, {})
        per[key] = {}
        return self

    def __getattr__(self, name):
        if name.startswith("_local__"):
            raise AttributeError(name)
        d = _local_dict(self, True)
        if name == "__dict__":
            return d
        try:
            return d[name]
        except KeyError:
            pass
        raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name))

    def __setattr__(self, name, value):
        if name == "__dict__":
            raise AttributeError("'%s' object attribute '__dict__' is read-only" % type(self).__name__)
        for k in type(self).__mro__:
            attr = k.__dict__.get(name)
            if attr is not None:
                if hasattr(type(attr), "__set__"):
                    object.__setattr__(self, name, value)
                    return
                break
        _local_dict(self, True)[name] = value

    def __delattr__(self, name):
        if name == "__dict__":
            raise AttributeError("'%s' object attribute '__dict__' is read-only" % type(self).__name__)
        d = _local_dict(self, True)
        try:
            del d[name]
        except KeyError:
            raise AttributeError(name)
