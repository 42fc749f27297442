//! # mprt-rtos — RTOS abstraction for MicroPythonRT
//!
//! Python threads are RTOS tasks (OS threads on the host) running under a
//! GIL that every blocking call releases. This crate gives the interpreter
//! tasks, locks, semaphores, queues, event groups, notifications and the GIL
//! behind one backend-neutral API.
//!
//! ## Shape: traits + one backend chosen by `cfg`
//!
//! [`api`] holds the contract: one trait per primitive ([`MutexApi`],
//! [`RecursiveMutexApi`], [`SemaphoreApi`], [`QueueApi`], [`EventGroupApi`],
//! [`NotifyApi`], [`GilApi`], [`TaskHandleApi`]) and [`Kernel`] for
//! task-level services, whose associated types name the backend's
//! primitives. A backend is a module providing those types plus a zero-sized
//! kernel type; exactly one is selected by `cfg` as `Backend` (today: the
//! host backend, `feature = "std"`). The crate root re-exports the concrete
//! types as aliases (`Mutex = <Backend as Kernel>::Mutex`, ...) and the task
//! services as free functions (`sleep`, `tasks`, ...), so modules above
//! write `mprt_rtos::Mutex::new()` / `mprt_rtos::sleep(d)` and never name a
//! backend. Because the signatures live in traits, a FreeRTOS or
//! own-scheduler backend that drifts from them fails to compile instead of
//! breaking its users. Bring the methods into scope with
//! `use mprt_rtos::prelude::*`.
//!
//! Without `std` the crate is `#![no_std]` + `alloc`, exposes [`api`] and
//! [`types`] only (no embedded backend yet) and uses neither `Arc` nor
//! compare-and-swap atomics, so it builds for `thumbv6m-none-eabi` (RP2040).
//!
//! ## Waits, timeouts and interrupts
//!
//! Every wait is a real blocking wait (condition variable on the host), with
//! `Option<Duration>` timeouts: `None` = forever, `Some(ZERO)` = poll. There
//! is no busy polling anywhere.
//!
//! Interrupt contract (like `EINTR`; see the [`Kernel`] methods): each task has a pending-interrupt flag
//! and a stop flag. `interrupt_task` / `interrupt_main` (e.g. from a
//! SIGINT watcher) set the interrupt flag and wake the task's current wait;
//! `request_stop_python_tasks` sets the stop flag. A wait that would block
//! while either flag is set returns [`WaitError::Interrupted`] instead; a
//! wait whose condition is already satisfied still succeeds. Waits do *not*
//! clear the flags: the VM observes the interrupt with `take_interrupt`
//! (then raises `KeyboardInterrupt`) and the stop with `stop_requested`
//! (then unwinds the thread). Until the interrupt is taken, further
//! interruptible waits of that task return `Interrupted` at once. Acquiring
//! the GIL is the one wait that is never interrupted, so the GIL can always
//! be re-taken after a blocking call.
//!
//! ## GIL
//!
//! [`GilApi`]: FIFO ticket hand-off. `release` hands the GIL directly to the
//! longest waiter; `yield_to_waiters` does so and queues the caller at the
//! back, so a waiter gets the GIL after at most one switch interval per task
//! ahead of it and the yielder cannot barge back. A waiter that has waited a
//! whole switch interval (default 5 ms) without seeing a hand-off sets the
//! `drop_requested` flag itself (timed wait, no timer thread); the VM polls
//! that relaxed atomic between bytecodes. [`without_gil`] releases the GIL
//! around a blocking call.
//!
//! ## Soft reset
//!
//! Tasks spawned with [`TaskOptions::python`] are Python tasks.
//! `request_stop_python_tasks` asks all of them (except the caller) to stop
//! and `wait_python_tasks` waits until they are gone; service tasks keep
//! running.
#![no_std]
#![warn(missing_docs)]

extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

pub mod api;
pub mod types;

#[cfg(feature = "std")]
pub mod host;

pub use api::{
    without_gil, EventGroupApi, GilApi, Kernel, LockGuard, MutexApi, NotifyApi, QueueApi,
    RecursiveMutexApi, SemaphoreApi, TaskHandleApi,
};
pub use types::{
    Error, SendError, TaskId, TaskInfo, TaskKind, TaskOptions, TaskState, WaitError, WaitMode,
};

/// Everything needed to call the primitives' methods: the traits and types.
pub mod prelude {
    pub use crate::api::{
        without_gil, EventGroupApi, GilApi, Kernel, MutexApi, NotifyApi, QueueApi,
        RecursiveMutexApi, SemaphoreApi, TaskHandleApi,
    };
    pub use crate::types::{
        Error, SendError, TaskId, TaskInfo, TaskKind, TaskOptions, TaskState, WaitError, WaitMode,
    };
}

/// The backend selected by `cfg` (host: OS threads).
#[cfg(feature = "std")]
pub type Backend = host::Host;

#[cfg(feature = "std")]
pub use selected::*;

/// Backend-neutral aliases and free functions over [`Backend`].
#[cfg(feature = "std")]
mod selected {
    use super::{Backend, Kernel};
    use crate::types::{Error, TaskId, TaskInfo, TaskOptions, WaitError};
    use alloc::vec::Vec;
    use core::time::Duration;

    /// Handle of a spawned task.
    pub type TaskHandle = <Backend as Kernel>::TaskHandle;
    /// Non-recursive lock releasable by any task.
    pub type Mutex = <Backend as Kernel>::Mutex;
    /// Recursive mutex.
    pub type RecursiveMutex = <Backend as Kernel>::RecursiveMutex;
    /// Counting semaphore.
    pub type Semaphore = <Backend as Kernel>::Semaphore;
    /// Bounded MPMC queue.
    pub type Queue<T> = <Backend as Kernel>::Queue<T>;
    /// 32-bit event group.
    pub type EventGroup = <Backend as Kernel>::EventGroup;
    /// Notification object.
    pub type Notify = <Backend as Kernel>::Notify;
    /// Global interpreter lock.
    pub type Gil = <Backend as Kernel>::Gil;

    /// See [`Kernel::spawn`].
    pub fn spawn<F: FnOnce() + Send + 'static>(
        opts: TaskOptions,
        f: F,
    ) -> Result<TaskHandle, Error> {
        Backend::spawn(opts, f)
    }
    /// See [`Kernel::current_task_id`].
    pub fn current_task_id() -> TaskId {
        Backend::current_task_id()
    }
    /// See [`Kernel::tasks`].
    pub fn tasks() -> Vec<TaskInfo> {
        Backend::tasks()
    }
    /// See [`Kernel::sleep`].
    pub fn sleep(d: Duration) -> Result<(), WaitError> {
        Backend::sleep(d)
    }
    /// See [`Kernel::sleep_until`].
    pub fn sleep_until(deadline_us: u64) -> Result<(), WaitError> {
        Backend::sleep_until(deadline_us)
    }
    /// See [`Kernel::yield_now`].
    pub fn yield_now() {
        Backend::yield_now()
    }
    /// See [`Kernel::tick_ms`].
    pub fn tick_ms() -> u64 {
        Backend::tick_ms()
    }
    /// See [`Kernel::tick_us`].
    pub fn tick_us() -> u64 {
        Backend::tick_us()
    }
    /// See [`Kernel::set_main_task`].
    pub fn set_main_task() {
        Backend::set_main_task()
    }
    /// See [`Kernel::interrupt_main`].
    pub fn interrupt_main() -> bool {
        Backend::interrupt_main()
    }
    /// See [`Kernel::interrupt_task`].
    pub fn interrupt_task(id: TaskId) -> bool {
        Backend::interrupt_task(id)
    }
    /// See [`Kernel::interrupt_pending`].
    pub fn interrupt_pending() -> bool {
        Backend::interrupt_pending()
    }
    /// See [`Kernel::take_interrupt`].
    pub fn take_interrupt() -> bool {
        Backend::take_interrupt()
    }
    /// See [`Kernel::stop_requested`].
    pub fn stop_requested() -> bool {
        Backend::stop_requested()
    }
    /// See [`Kernel::request_stop_python_tasks`].
    pub fn request_stop_python_tasks() -> usize {
        Backend::request_stop_python_tasks()
    }
    /// See [`Kernel::wait_python_tasks`].
    pub fn wait_python_tasks(timeout: Option<Duration>) -> Result<(), WaitError> {
        Backend::wait_python_tasks(timeout)
    }
    /// See [`Kernel::notify_task`].
    pub fn notify_task(id: TaskId, bits: u32) -> bool {
        Backend::notify_task(id, bits)
    }
    /// See [`Kernel::wait_notification`].
    pub fn wait_notification(timeout: Option<Duration>) -> Result<u32, WaitError> {
        Backend::wait_notification(timeout)
    }
}
