//! Backend-neutral value types shared by every backend.
//!
//! Contract: everything here is plain data (no atomics, no `Arc`, no
//! allocation beyond `String`), so it compiles unchanged on targets without
//! compare-and-swap such as `thumbv6m-none-eabi`.

use alloc::string::String;
use core::fmt;

/// Identifier of a task, unique for the lifetime of the process.
///
/// Ids are never reused; `TaskId(0)` is reserved for "no task".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TaskId(pub u64);

impl fmt::Display for TaskId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// Scheduling state of a task, as best known by the backend.
///
/// On the host backend `Blocked` means "inside a blocking wait of this
/// crate", `Ready` means "waiting for the GIL" and `Running` everything else.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TaskState {
    /// Executing (or runnable and not waiting on anything this crate knows of).
    Running,
    /// Runnable but waiting for its turn (host: queued for the GIL).
    Ready,
    /// Waiting on a primitive of this crate (lock, queue, sleep, ...).
    Blocked,
    /// Suspended by the scheduler (not produced by the host backend).
    Suspended,
    /// Finished; its record is about to disappear.
    Deleted,
}

impl TaskState {
    /// Lower-case name, as shown by `micropython.tasks()`.
    pub fn as_str(self) -> &'static str {
        match self {
            TaskState::Running => "running",
            TaskState::Ready => "ready",
            TaskState::Blocked => "blocked",
            TaskState::Suspended => "suspended",
            TaskState::Deleted => "deleted",
        }
    }

    /// Compact encoding used by backends that keep the state in an atomic byte.
    pub fn to_u8(self) -> u8 {
        match self {
            TaskState::Running => 0,
            TaskState::Ready => 1,
            TaskState::Blocked => 2,
            TaskState::Suspended => 3,
            TaskState::Deleted => 4,
        }
    }

    /// Inverse of [`TaskState::to_u8`]; unknown values map to `Running`.
    pub fn from_u8(v: u8) -> TaskState {
        match v {
            1 => TaskState::Ready,
            2 => TaskState::Blocked,
            3 => TaskState::Suspended,
            4 => TaskState::Deleted,
            _ => TaskState::Running,
        }
    }
}

/// What a task is for; decides whether a soft reset stops it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TaskKind {
    /// Runs Python code; asked to stop by a soft reset.
    Python,
    /// Service task (REPL I/O, network stack, ...); survives soft resets.
    Service,
}

/// Parameters for spawning a task.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaskOptions {
    /// Task name (shown by `tasks()`; NUL bytes are replaced on the host).
    pub name: String,
    /// Priority; stored and reported (the host scheduler ignores it).
    pub priority: u8,
    /// Stack size in bytes; 0 selects the backend default.
    pub stack_size: usize,
    /// Python or service task (see [`TaskKind`]).
    pub kind: TaskKind,
    /// Core affinity request; ignored on the host.
    pub core: Option<u8>,
}

impl TaskOptions {
    /// Service task with the given name, priority 1 and the default stack.
    pub fn new(name: &str) -> TaskOptions {
        TaskOptions {
            name: String::from(name),
            priority: 1,
            stack_size: 0,
            kind: TaskKind::Service,
            core: None,
        }
    }

    /// Sets the priority.
    pub fn priority(mut self, priority: u8) -> TaskOptions {
        self.priority = priority;
        self
    }

    /// Sets the stack size in bytes (0 = backend default).
    pub fn stack_size(mut self, bytes: usize) -> TaskOptions {
        self.stack_size = bytes;
        self
    }

    /// Marks the task as a Python task (stopped by a soft reset).
    pub fn python(mut self) -> TaskOptions {
        self.kind = TaskKind::Python;
        self
    }

    /// Requests a core (ignored by the host backend).
    pub fn core(mut self, core: u8) -> TaskOptions {
        self.core = Some(core);
        self
    }
}

/// Snapshot of one live task, as returned by `tasks()`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaskInfo {
    /// Task name.
    pub name: String,
    /// Crate-level task id.
    pub id: TaskId,
    /// OS / RTOS native id (Linux tid on the host), if known yet.
    pub native_id: Option<u64>,
    /// Best-known scheduling state.
    pub state: TaskState,
    /// Priority given at spawn.
    pub priority: u8,
    /// Stack size in bytes (0 if unknown, e.g. the host's main thread).
    pub stack_size: usize,
    /// Smallest amount of stack ever left free, best effort (None if unknown).
    pub stack_high_water: Option<usize>,
    /// Core the task runs on (None on the host).
    pub core: Option<u8>,
    /// Python or service task.
    pub kind: TaskKind,
}

/// Why a blocking wait ended without obtaining what it waited for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WaitError {
    /// The timeout elapsed (also returned by `try_*` style zero timeouts).
    Timeout,
    /// The waiting task was interrupted (pending KeyboardInterrupt or a
    /// soft-reset stop request), like `EINTR`.
    Interrupted,
}

impl fmt::Display for WaitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            WaitError::Timeout => "timed out",
            WaitError::Interrupted => "interrupted",
        })
    }
}

/// Non-wait failures of primitive operations.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Error {
    /// Released by a task that does not own it (recursive mutex, GIL).
    NotOwner,
    /// Unlocking a lock that is not locked.
    NotLocked,
    /// Releasing a semaphore already at its maximum count.
    Overflow,
    /// The backend could not create the task (out of memory/threads).
    SpawnFailed,
    /// The joined task panicked.
    TaskPanicked,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Error::NotOwner => "not owner",
            Error::NotLocked => "not locked",
            Error::Overflow => "count overflow",
            Error::SpawnFailed => "cannot spawn task",
            Error::TaskPanicked => "task panicked",
        })
    }
}

/// How [`crate::api::EventGroupApi::wait_bits`] combines the requested bits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WaitMode {
    /// Satisfied when at least one requested bit is set.
    Any,
    /// Satisfied when every requested bit is set.
    All,
}

/// A failed queue send; gives the item back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SendError<T> {
    /// The item that was not enqueued.
    pub item: T,
    /// Why: `Timeout` (queue stayed full) or `Interrupted`.
    pub reason: WaitError,
}
