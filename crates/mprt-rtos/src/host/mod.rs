//! Host backend (`feature = "std"`): tasks are `std::thread`s, every wait is
//! a `std::sync::Condvar` wait (optionally timed), no busy polling.
//!
//! Contract: implements every trait of [`crate::api`]; [`Host`] is the
//! zero-sized [`crate::api::Kernel`]. Lock order inside the backend is
//! "task wait-slot -> primitive state -> task registry"; no code holds a
//! primitive's state lock while registering or unregistering a wait.

mod event;
mod gil;
mod queue;
mod sync;
mod task;
mod wait;

pub use event::{EventGroup, Notify};
pub use gil::{Gil, DEFAULT_SWITCH_INTERVAL, MIN_SWITCH_INTERVAL};
pub use queue::Queue;
pub use sync::{Mutex, RecursiveMutex, Semaphore};
pub use task::TaskHandle;

use crate::api::Kernel;
use crate::types::{Error, TaskId, TaskInfo, TaskOptions, WaitError};
use alloc::vec::Vec;
use core::time::Duration;

/// Default stack size of spawned tasks on the host (bytes).
pub const DEFAULT_STACK_SIZE: usize = 1024 * 1024;
/// Smallest stack size honoured on the host (smaller requests are raised).
pub const MIN_STACK_SIZE: usize = 16 * 1024;

/// The host kernel: OS threads plus std synchronisation.
#[derive(Clone, Copy, Debug, Default)]
pub struct Host;

impl Kernel for Host {
    type TaskHandle = TaskHandle;
    type Mutex = Mutex;
    type RecursiveMutex = RecursiveMutex;
    type Semaphore = Semaphore;
    type Queue<T: Send + 'static> = Queue<T>;
    type EventGroup = EventGroup;
    type Notify = Notify;
    type Gil = Gil;

    fn spawn<F: FnOnce() + Send + 'static>(opts: TaskOptions, f: F) -> Result<TaskHandle, Error> {
        task::spawn(opts, f)
    }
    fn current_task_id() -> TaskId {
        task::current_id()
    }
    fn tasks() -> Vec<TaskInfo> {
        task::tasks()
    }
    fn sleep(d: Duration) -> Result<(), WaitError> {
        task::sleep(d)
    }
    fn sleep_until(deadline_us: u64) -> Result<(), WaitError> {
        let now = task::tick_us();
        task::sleep(Duration::from_micros(deadline_us.saturating_sub(now)))
    }
    fn yield_now() {
        std::thread::yield_now()
    }
    fn tick_ms() -> u64 {
        task::tick_us() / 1000
    }
    fn tick_us() -> u64 {
        task::tick_us()
    }
    fn set_main_task() {
        task::set_main()
    }
    fn interrupt_main() -> bool {
        task::interrupt_main()
    }
    fn interrupt_task(id: TaskId) -> bool {
        task::interrupt_id(id, task::PENDING_INTERRUPT)
    }
    fn interrupt_pending() -> bool {
        task::current_pending() & task::PENDING_INTERRUPT != 0
    }
    fn take_interrupt() -> bool {
        task::take_interrupt()
    }
    fn stop_requested() -> bool {
        task::current_pending() & task::PENDING_STOP != 0
    }
    fn request_stop_python_tasks() -> usize {
        task::request_stop_python()
    }
    fn wait_python_tasks(timeout: Option<Duration>) -> Result<(), WaitError> {
        task::wait_python(timeout)
    }
    fn notify_task(id: TaskId, bits: u32) -> bool {
        task::notify_task(id, bits)
    }
    fn wait_notification(timeout: Option<Duration>) -> Result<u32, WaitError> {
        task::wait_notification(timeout)
    }
}
