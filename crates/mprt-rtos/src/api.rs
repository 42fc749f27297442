//! The backend contract: one trait per primitive plus [`Kernel`] for the
//! task-level services.
//!
//! Contract: every backend (host `std` today; FreeRTOS or an own scheduler
//! later) provides one type per trait and a zero-sized kernel type
//! implementing [`Kernel`], whose associated types name them. The crate root
//! then re-exports `Mutex`, `Queue<T>`, `sleep()`, ... through
//! `<Backend as Kernel>`, so modules above never name a backend. All
//! timeouts are `Option<Duration>`: `None` waits forever, `Some(ZERO)` never
//! blocks. Every wait except GIL acquisition is *interruptible*: it returns
//! [`WaitError::Interrupted`] if the waiting task has a pending interrupt or
//! stop request when it would otherwise block (see the crate docs).
//! This module is pure `core` + `alloc`: it compiles on targets without CAS.

use alloc::vec::Vec;
use core::time::Duration;

use crate::types::{Error, SendError, TaskId, TaskInfo, TaskOptions, WaitError, WaitMode};

/// Non-recursive lock that may be released by any task (a binary semaphore),
/// as needed by Python's `_thread.LockType`.
pub trait MutexApi: Send + Sync + Sized {
    /// Creates an unlocked lock.
    fn new() -> Self;
    /// Locks, waiting up to `timeout` (`None` = forever).
    fn lock_timeout(&self, timeout: Option<Duration>) -> Result<(), WaitError>;
    /// Locks, waiting forever (only `Interrupted` can be returned).
    fn lock(&self) -> Result<(), WaitError> {
        self.lock_timeout(None)
    }
    /// Locks if free, never blocks.
    fn try_lock(&self) -> bool;
    /// Unlocks; allowed from any task. `Err(NotLocked)` if not locked.
    fn unlock(&self) -> Result<(), Error>;
    /// Whether the lock is currently held.
    fn is_locked(&self) -> bool;
    /// Locks and returns a guard that unlocks on drop.
    fn lock_guard(&self) -> Result<LockGuard<'_, Self>, WaitError> {
        self.lock()?;
        Ok(LockGuard { lock: self })
    }
}

/// RAII guard for a [`MutexApi`] lock; unlocks when dropped.
pub struct LockGuard<'a, M: MutexApi> {
    lock: &'a M,
}

impl<M: MutexApi> Drop for LockGuard<'_, M> {
    fn drop(&mut self) {
        let _ = self.lock.unlock();
    }
}

/// Recursive mutex: the owner may lock it again; only the owner may unlock.
pub trait RecursiveMutexApi: Send + Sync + Sized {
    /// Creates an unowned mutex.
    fn new() -> Self;
    /// Locks (or re-locks) waiting up to `timeout`; returns the new depth.
    fn lock_timeout(&self, timeout: Option<Duration>) -> Result<u32, WaitError>;
    /// Locks waiting forever; returns the new depth.
    fn lock(&self) -> Result<u32, WaitError> {
        self.lock_timeout(None)
    }
    /// Locks if free or already owned; never blocks.
    fn try_lock(&self) -> bool;
    /// Releases one level; returns the remaining depth. `Err(NotOwner)` if
    /// the caller is not the owner.
    fn unlock(&self) -> Result<u32, Error>;
    /// Current owner, if any.
    fn owner(&self) -> Option<TaskId>;
    /// Current recursion depth (0 = unlocked).
    fn depth(&self) -> u32;
}

/// Counting semaphore bounded by a maximum count.
pub trait SemaphoreApi: Send + Sync + Sized {
    /// Creates a semaphore; `max` is at least 1 and `initial` is clamped to it.
    fn new(initial: u32, max: u32) -> Self;
    /// Takes one unit, waiting up to `timeout`.
    fn acquire(&self, timeout: Option<Duration>) -> Result<(), WaitError>;
    /// Takes one unit if available; never blocks.
    fn try_acquire(&self) -> bool;
    /// Gives one unit back; `Err(Overflow)` if already at `max`.
    fn release(&self) -> Result<(), Error>;
    /// Units currently available.
    fn count(&self) -> u32;
    /// Maximum count.
    fn max(&self) -> u32;
}

/// Bounded multi-producer multi-consumer FIFO queue.
pub trait QueueApi<T: Send>: Send + Sync + Sized {
    /// Creates a queue holding at most `capacity` items (clamped to >= 1).
    fn with_capacity(capacity: usize) -> Self;
    /// Enqueues, waiting up to `timeout` for space; gives the item back on failure.
    fn send(&self, item: T, timeout: Option<Duration>) -> Result<(), SendError<T>>;
    /// Enqueues if there is space; never blocks.
    fn try_send(&self, item: T) -> Result<(), SendError<T>> {
        self.send(item, Some(Duration::ZERO))
    }
    /// Dequeues, waiting up to `timeout` for an item.
    fn recv(&self, timeout: Option<Duration>) -> Result<T, WaitError>;
    /// Dequeues if an item is present; never blocks.
    fn try_recv(&self) -> Option<T> {
        self.recv(Some(Duration::ZERO)).ok()
    }
    /// Items currently queued.
    fn len(&self) -> usize;
    /// Whether no item is queued.
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Maximum number of items.
    fn capacity(&self) -> usize;
}

/// 32 event bits that tasks can set, clear and wait on.
pub trait EventGroupApi: Send + Sync + Sized {
    /// Creates a group with all bits clear.
    fn new() -> Self;
    /// ORs `bits` in, wakes matching waiters; returns the new value.
    fn set_bits(&self, bits: u32) -> u32;
    /// Clears `bits`; returns the value before clearing.
    fn clear_bits(&self, bits: u32) -> u32;
    /// Current value.
    fn bits(&self) -> u32;
    /// Waits until any/all of `bits` are set; returns the group value at
    /// that moment (before `clear_on_exit` clears `bits`). With `All` and
    /// `bits == 0` it returns at once; with `Any` and `bits == 0` it can only
    /// time out or be interrupted.
    fn wait_bits(
        &self,
        bits: u32,
        mode: WaitMode,
        clear_on_exit: bool,
        timeout: Option<Duration>,
    ) -> Result<u32, WaitError>;
}

/// Lightweight notification: `notify` ORs bits into a value and marks it
/// pending; `wait` takes (and clears) it. Used for task notifications.
pub trait NotifyApi: Send + Sync + Sized {
    /// Creates a notification with nothing pending.
    fn new() -> Self;
    /// ORs `bits` into the value and marks it pending (also with `bits == 0`).
    fn notify(&self, bits: u32);
    /// Waits up to `timeout` for a pending notification; returns and clears its value.
    fn wait(&self, timeout: Option<Duration>) -> Result<u32, WaitError>;
    /// Takes a pending notification without blocking.
    fn try_take(&self) -> Option<u32>;
    /// Whether a notification is pending.
    fn is_pending(&self) -> bool;
}

/// The global interpreter lock with fair (FIFO) hand-off.
///
/// Contract: `acquire` is *not* interruptible and must not be called by the
/// holder; `yield_to_waiters` hands the GIL to the longest waiter (if any)
/// and queues the caller behind everybody already waiting, so it cannot
/// re-take it at once; `drop_requested` is a cheap relaxed atomic load set
/// when a waiter has waited a whole switch interval without any hand-off.
pub trait GilApi: Send + Sync + Sized {
    /// Creates a free GIL with the default 5 ms switch interval.
    fn new() -> Self;
    /// Blocks until the calling task holds the GIL. Panics if it already does.
    fn acquire(&self);
    /// Releases it (handing it straight to the first waiter, if any).
    /// `Err(NotOwner)` if the caller does not hold it.
    fn release(&self) -> Result<(), Error>;
    /// If another task waits, hands the GIL over and re-acquires it after the
    /// tasks queued before us; returns whether a hand-off happened.
    fn yield_to_waiters(&self) -> bool;
    /// Whether some waiter asked the holder to yield (cheap; poll it often).
    fn drop_requested(&self) -> bool;
    /// Whether any task is queued for the GIL.
    fn has_waiters(&self) -> bool;
    /// Whether the calling task holds the GIL.
    fn is_held_by_current(&self) -> bool;
    /// Current switch interval.
    fn switch_interval(&self) -> Duration;
    /// Sets the switch interval (backends may clamp tiny values).
    fn set_switch_interval(&self, interval: Duration);
}

/// Runs `f` with the GIL released and re-acquires it afterwards (also when
/// `f` panics). If the caller does not hold the GIL, `f` simply runs.
///
/// Contract: `f` must not touch interpreter state (objects, heap, VM
/// globals): other tasks run Python code concurrently while it executes. Use
/// it around blocking I/O, sleeps and waits on primitives of this crate.
pub fn without_gil<G: GilApi, R>(gil: &G, f: impl FnOnce() -> R) -> R {
    struct Reacquire<'a, G: GilApi>(&'a G);
    impl<G: GilApi> Drop for Reacquire<'_, G> {
        fn drop(&mut self) {
            self.0.acquire();
        }
    }
    if gil.release().is_err() {
        return f();
    }
    let _again = Reacquire(gil);
    f()
}

/// Handle to a spawned task. Dropping it detaches the task.
pub trait TaskHandleApi: Send + Sync + Sized {
    /// Crate-level id.
    fn id(&self) -> TaskId;
    /// Native id (Linux tid on the host); `None` until the task has started.
    fn native_id(&self) -> Option<u64>;
    /// Task name.
    fn name(&self) -> &str;
    /// Waits (uninterruptibly) for the task to end; `Err(TaskPanicked)` if it panicked.
    fn join(self) -> Result<(), Error>;
    /// Waits up to `timeout` for the task to end (interruptible).
    fn join_timeout(&self, timeout: Option<Duration>) -> Result<(), WaitError>;
    /// Whether the task has ended.
    fn is_finished(&self) -> bool;
    /// Sets the task's pending-interrupt flag and wakes its current wait.
    fn interrupt(&self);
}

/// Task-level services of a backend, implemented by a zero-sized type.
pub trait Kernel {
    /// Handle type returned by [`Kernel::spawn`].
    type TaskHandle: TaskHandleApi;
    /// Binary-semaphore style lock.
    type Mutex: MutexApi;
    /// Recursive mutex.
    type RecursiveMutex: RecursiveMutexApi;
    /// Counting semaphore.
    type Semaphore: SemaphoreApi;
    /// Bounded MPMC queue.
    type Queue<T: Send + 'static>: QueueApi<T>;
    /// Event group.
    type EventGroup: EventGroupApi;
    /// Notification.
    type Notify: NotifyApi;
    /// Global interpreter lock.
    type Gil: GilApi;

    /// Starts a task running `f`.
    fn spawn<F: FnOnce() + Send + 'static>(
        opts: TaskOptions,
        f: F,
    ) -> Result<Self::TaskHandle, Error>;
    /// Id of the calling task (threads not spawned here are adopted lazily).
    fn current_task_id() -> TaskId;
    /// Snapshot of all live tasks, ordered by id.
    fn tasks() -> Vec<TaskInfo>;
    /// Sleeps (interruptibly) for `d`.
    fn sleep(d: Duration) -> Result<(), WaitError>;
    /// Sleeps (interruptibly) until [`Kernel::tick_us`] reaches `deadline_us`.
    fn sleep_until(deadline_us: u64) -> Result<(), WaitError>;
    /// Offers the CPU to other runnable tasks.
    fn yield_now();
    /// Monotonic milliseconds since the backend started.
    fn tick_ms() -> u64;
    /// Monotonic microseconds since the backend started.
    fn tick_us() -> u64;
    /// Records the calling task as the "main" task for [`Kernel::interrupt_main`].
    fn set_main_task();
    /// Interrupts the main task (e.g. from a SIGINT service task); false if none.
    fn interrupt_main() -> bool;
    /// Interrupts the task `id`; false if it is not alive.
    fn interrupt_task(id: TaskId) -> bool;
    /// Whether the calling task has a pending interrupt.
    fn interrupt_pending() -> bool;
    /// Clears the calling task's pending interrupt; returns whether one was pending.
    fn take_interrupt() -> bool;
    /// Whether a soft reset asked the calling task to stop.
    fn stop_requested() -> bool;
    /// Asks every live Python task except the caller to stop (sets its stop
    /// flag and wakes its wait); returns how many were asked.
    fn request_stop_python_tasks() -> usize;
    /// Waits until every Python task except the caller has ended.
    fn wait_python_tasks(timeout: Option<Duration>) -> Result<(), WaitError>;
    /// Sends a task notification (ORs `bits`); false if the task is not alive.
    fn notify_task(id: TaskId, bits: u32) -> bool;
    /// Waits for a notification addressed to the calling task.
    fn wait_notification(timeout: Option<Duration>) -> Result<u32, WaitError>;
}
