//! Tasks on the host: spawning, the live-task registry, per-task interrupt
//! and stop flags, sleeping, task notifications and the monotonic tick.
//!
//! Contract: every thread that touches this crate has a [`TaskRecord`].
//! Spawned tasks register before their thread starts and unregister (state
//! `Deleted`, then "done" is signalled) when their closure returns or
//! panics. Other threads (the process main thread, test threads) are
//! adopted on first use as service tasks and unregistered by a
//! thread-local destructor. Task ids start at 1 and are never reused.

use alloc::borrow::ToOwned;
use alloc::collections::BTreeMap;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::RefCell;
use core::sync::atomic::{AtomicBool, AtomicU64, AtomicU8, AtomicUsize, Ordering};
use core::time::Duration;
use std::sync::{Arc, Mutex as StdMutex, OnceLock};
use std::thread::{self, JoinHandle};
use std::time::Instant;

use super::event::Notify;
use super::wait::{lock, Cv, Monitor, Wake};
use super::{DEFAULT_STACK_SIZE, MIN_STACK_SIZE};
use crate::api::{NotifyApi, TaskHandleApi};
use crate::types::{Error, TaskId, TaskInfo, TaskKind, TaskOptions, TaskState, WaitError};

/// Ordering used for the cross-thread flags (they are rare, keep it simple).
pub(crate) const SEQ: Ordering = Ordering::SeqCst;
/// Pending-flag bit: KeyboardInterrupt requested.
pub(crate) const PENDING_INTERRUPT: u8 = 1;
/// Pending-flag bit: soft-reset stop requested.
pub(crate) const PENDING_STOP: u8 = 2;

/// Everything the backend knows about one task.
pub(crate) struct TaskRecord {
    pub id: TaskId,
    pub name: String,
    pub priority: u8,
    pub stack_size: usize,
    pub kind: TaskKind,
    adopted: bool,
    native_id: AtomicU64,
    pub state: AtomicU8,
    pub pending: AtomicU8,
    /// The monitor the task is currently blocked on (for interrupts).
    pub wait_slot: StdMutex<Option<Arc<dyn Wake>>>,
    parker: Arc<Monitor<()>>,
    notify: Notify,
    done: Arc<Monitor<bool>>,
    panicked: AtomicBool,
    stack_base: AtomicUsize,
    stack_min: AtomicUsize,
}

impl TaskRecord {
    fn new(opts: &TaskOptions, stack_size: usize, adopted: bool) -> TaskRecord {
        TaskRecord {
            id: TaskId(NEXT_ID.fetch_add(1, SEQ)),
            name: opts.name.replace('\0', "?"),
            priority: opts.priority,
            stack_size,
            kind: opts.kind,
            adopted,
            native_id: AtomicU64::new(0),
            state: AtomicU8::new(TaskState::Running.to_u8()),
            pending: AtomicU8::new(0),
            wait_slot: StdMutex::new(None),
            parker: Monitor::new(()),
            notify: Notify::new(),
            done: Monitor::new(false),
            panicked: AtomicBool::new(false),
            stack_base: AtomicUsize::new(0),
            stack_min: AtomicUsize::new(usize::MAX),
        }
    }

    fn info(&self) -> TaskInfo {
        let base = self.stack_base.load(Ordering::Relaxed);
        let min = self.stack_min.load(Ordering::Relaxed);
        let high_water = if self.stack_size == 0 || base == 0 || min == usize::MAX {
            None
        } else {
            Some(self.stack_size.saturating_sub(base.saturating_sub(min)))
        };
        let nid = self.native_id.load(Ordering::Relaxed);
        TaskInfo {
            name: self.name.clone(),
            id: self.id,
            native_id: if nid == 0 { None } else { Some(nid) },
            state: TaskState::from_u8(self.state.load(Ordering::Relaxed)),
            priority: self.priority,
            stack_size: self.stack_size,
            stack_high_water: high_water,
            core: None,
            kind: self.kind,
        }
    }

    /// Records the current stack position (called on the task's own thread).
    fn mark_stack_base(&self) {
        let marker = 0u8;
        let addr = core::hint::black_box(&marker) as *const u8 as usize;
        self.stack_base.store(addr, Ordering::Relaxed);
        self.stack_min.store(addr, Ordering::Relaxed);
    }
}

/// Updates the task's deepest observed stack position (best effort; the
/// host stack grows downwards). Must run on the task's own thread.
pub(crate) fn touch_stack(rec: &TaskRecord) {
    let marker = 0u8;
    let addr = core::hint::black_box(&marker) as *const u8 as usize;
    rec.stack_min.fetch_min(addr, Ordering::Relaxed);
}

struct Registry {
    tasks: BTreeMap<u64, Arc<TaskRecord>>,
    python_live: usize,
}

static NEXT_ID: AtomicU64 = AtomicU64::new(1);
static MAIN_ID: AtomicU64 = AtomicU64::new(0);
static START: OnceLock<Instant> = OnceLock::new();
static REGISTRY: OnceLock<Arc<Monitor<Registry>>> = OnceLock::new();

fn registry() -> &'static Arc<Monitor<Registry>> {
    REGISTRY.get_or_init(|| {
        Monitor::new(Registry {
            tasks: BTreeMap::new(),
            python_live: 0,
        })
    })
}

fn register(rec: &Arc<TaskRecord>) {
    start();
    let mut r = registry().lock();
    if rec.kind == TaskKind::Python {
        r.python_live += 1;
    }
    r.tasks.insert(rec.id.0, rec.clone());
}

fn unregister(rec: &TaskRecord) {
    let reg = registry();
    let mut r = reg.lock();
    if r.tasks.remove(&rec.id.0).is_some() && rec.kind == TaskKind::Python {
        r.python_live -= 1;
    }
    drop(r);
    reg.notify_all_a();
}

fn find(id: TaskId) -> Option<Arc<TaskRecord>> {
    registry().lock().tasks.get(&id.0).cloned()
}

/// The thread-local link to the calling thread's record.
struct Current {
    rec: Arc<TaskRecord>,
}

impl Drop for Current {
    fn drop(&mut self) {
        if self.rec.adopted {
            self.rec.state.store(TaskState::Deleted.to_u8(), SEQ);
            unregister(&self.rec);
        }
    }
}

std::thread_local! {
    static CURRENT: RefCell<Option<Current>> = const { RefCell::new(None) };
}

fn os_tid() -> u64 {
    #[cfg(target_os = "linux")]
    {
        // SAFETY: the gettid syscall takes no arguments, has no
        // preconditions and cannot fail; it only returns the caller's tid.
        let tid = unsafe { libc::syscall(libc::SYS_gettid) };
        if tid > 0 {
            tid as u64
        } else {
            0
        }
    }
    #[cfg(not(target_os = "linux"))]
    {
        0
    }
}

fn adopt() -> Arc<TaskRecord> {
    let t = thread::current();
    let name = match t.name() {
        Some(n) => n.to_owned(),
        None => format!("thread-{:?}", t.id()),
    };
    let rec = Arc::new(TaskRecord::new(&TaskOptions::new(&name), 0, true));
    rec.native_id.store(os_tid(), Ordering::Relaxed);
    rec.mark_stack_base();
    register(&rec);
    rec
}

/// The calling thread's record (adopting the thread if needed). During
/// thread-local destruction a fresh unregistered record is returned.
pub(crate) fn current_record() -> Arc<TaskRecord> {
    CURRENT
        .try_with(|c| {
            if let Some(cur) = c.borrow().as_ref() {
                return cur.rec.clone();
            }
            let rec = adopt();
            *c.borrow_mut() = Some(Current { rec: rec.clone() });
            rec
        })
        .unwrap_or_else(|_| {
            Arc::new(TaskRecord::new(
                &TaskOptions::new("exiting-thread"),
                0,
                false,
            ))
        })
}

/// Id of the calling task.
pub(crate) fn current_id() -> TaskId {
    CURRENT
        .try_with(|c| c.borrow().as_ref().map(|cur| cur.rec.id))
        .ok()
        .flatten()
        .unwrap_or_else(|| current_record().id)
}

fn start() -> Instant {
    *START.get_or_init(Instant::now)
}

/// Microseconds since the backend started (first use of the crate).
pub(crate) fn tick_us() -> u64 {
    start().elapsed().as_micros() as u64
}

/// Marks the task finished when its closure returns or unwinds.
struct Finisher(Arc<TaskRecord>);

impl Drop for Finisher {
    fn drop(&mut self) {
        if thread::panicking() {
            self.0.panicked.store(true, SEQ);
        }
        self.0.state.store(TaskState::Deleted.to_u8(), SEQ);
        // Leave the registry and become "done" as one step for observers:
        // `done` is held across both (lock order: done, then registry), so a
        // joiner never sees the task still listed and a `wait_python` waiter
        // never sees it unfinished.
        let mut done = self.0.done.lock();
        unregister(&self.0);
        *done = true;
        drop(done);
        self.0.done.notify_all_a();
    }
}

/// Tasks never take process-directed signals (SIGINT, SIGQUIT, SIGTERM,
/// SIGALRM): the main task does, so that its blocking calls are the ones
/// interrupted, like an RTOS where the console delivers Ctrl-C to one task.
fn block_process_signals() {
    // SAFETY: the signal set is initialised by sigemptyset before use.
    unsafe {
        let mut set: libc::sigset_t = core::mem::zeroed();
        libc::sigemptyset(&mut set);
        for sig in [libc::SIGINT, libc::SIGQUIT, libc::SIGTERM, libc::SIGALRM] {
            libc::sigaddset(&mut set, sig);
        }
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, core::ptr::null_mut());
    }
}

/// Spawns an OS thread as a task.
pub(crate) fn spawn<F: FnOnce() + Send + 'static>(
    opts: TaskOptions,
    f: F,
) -> Result<TaskHandle, Error> {
    let stack = if opts.stack_size == 0 {
        DEFAULT_STACK_SIZE
    } else {
        opts.stack_size.max(MIN_STACK_SIZE)
    };
    let rec = Arc::new(TaskRecord::new(&opts, stack, false));
    register(&rec);
    let inner = rec.clone();
    let spawned = thread::Builder::new()
        .name(rec.name.clone())
        .stack_size(stack)
        .spawn(move || {
            block_process_signals();
            inner.native_id.store(os_tid(), Ordering::Relaxed);
            inner.mark_stack_base();
            let fin = Finisher(inner.clone());
            CURRENT.with(|c| *c.borrow_mut() = Some(Current { rec: inner }));
            f();
            drop(fin);
        });
    match spawned {
        Ok(join) => Ok(TaskHandle {
            rec,
            join: Some(join),
        }),
        Err(_) => {
            unregister(&rec);
            Err(Error::SpawnFailed)
        }
    }
}

/// Handle to a host task (an OS thread). Dropping it detaches the thread.
pub struct TaskHandle {
    rec: Arc<TaskRecord>,
    join: Option<JoinHandle<()>>,
}

impl TaskHandleApi for TaskHandle {
    fn id(&self) -> TaskId {
        self.rec.id
    }
    fn native_id(&self) -> Option<u64> {
        match self.rec.native_id.load(Ordering::Relaxed) {
            0 => None,
            n => Some(n),
        }
    }
    fn name(&self) -> &str {
        &self.rec.name
    }
    fn join(mut self) -> Result<(), Error> {
        let res = match self.join.take() {
            Some(j) => j.join().map_err(|_| Error::TaskPanicked),
            None => Ok(()),
        };
        if self.rec.panicked.load(SEQ) {
            return Err(Error::TaskPanicked);
        }
        res
    }
    fn join_timeout(&self, timeout: Option<Duration>) -> Result<(), WaitError> {
        self.rec.done.wait_for(Cv::A, timeout, |d| *d).map(|_| ())
    }
    fn is_finished(&self) -> bool {
        *self.rec.done.lock()
    }
    fn interrupt(&self) {
        interrupt_record(&self.rec, PENDING_INTERRUPT);
    }
}

/// Snapshot of all live tasks.
pub(crate) fn tasks() -> Vec<TaskInfo> {
    let recs: Vec<Arc<TaskRecord>> = registry().lock().tasks.values().cloned().collect();
    recs.iter().map(|r| r.info()).collect()
}

/// Sets pending bits on a task and wakes the wait it is blocked in. Must be
/// called without holding any monitor lock.
fn interrupt_record(rec: &TaskRecord, bits: u8) {
    rec.pending.fetch_or(bits, SEQ);
    let slot = lock(&rec.wait_slot);
    if let Some(w) = slot.as_ref() {
        w.wake();
    }
}

/// Interrupts the task `id`; false if it is not alive.
pub(crate) fn interrupt_id(id: TaskId, bits: u8) -> bool {
    match find(id) {
        Some(rec) => {
            interrupt_record(&rec, bits);
            true
        }
        None => false,
    }
}

/// Records the calling task as the main task.
pub(crate) fn set_main() {
    MAIN_ID.store(current_id().0, SEQ);
}

/// Interrupts the main task.
pub(crate) fn interrupt_main() -> bool {
    match MAIN_ID.load(SEQ) {
        0 => false,
        id => interrupt_id(TaskId(id), PENDING_INTERRUPT),
    }
}

/// Pending bits of the calling task.
pub(crate) fn current_pending() -> u8 {
    current_record().pending.load(SEQ)
}

/// Clears the calling task's interrupt bit; returns whether it was set.
pub(crate) fn take_interrupt() -> bool {
    current_record().pending.fetch_and(!PENDING_INTERRUPT, SEQ) & PENDING_INTERRUPT != 0
}

/// Asks every Python task but the caller to stop.
pub(crate) fn request_stop_python() -> usize {
    let me = current_id();
    let targets: Vec<Arc<TaskRecord>> = registry()
        .lock()
        .tasks
        .values()
        .filter(|r| r.kind == TaskKind::Python && r.id != me)
        .cloned()
        .collect();
    for rec in &targets {
        interrupt_record(rec, PENDING_STOP);
    }
    targets.len()
}

/// Waits until no Python task other than the caller is alive.
pub(crate) fn wait_python(timeout: Option<Duration>) -> Result<(), WaitError> {
    let me = current_record();
    let own = usize::from(me.kind == TaskKind::Python);
    registry()
        .wait_for(Cv::A, timeout, |r| r.python_live <= own)
        .map(|_| ())
}

/// Sleeps on the task's own parker (interruptible).
pub(crate) fn sleep(d: Duration) -> Result<(), WaitError> {
    if d.is_zero() {
        thread::yield_now();
        return Ok(());
    }
    let rec = current_record();
    let res = rec.parker.wait_for(Cv::A, Some(d), |_| false).map(|_| ());
    match res {
        Err(WaitError::Timeout) | Ok(()) => Ok(()),
        Err(e) => Err(e),
    }
}

/// Sends a task notification.
pub(crate) fn notify_task(id: TaskId, bits: u32) -> bool {
    match find(id) {
        Some(rec) => {
            rec.notify.notify(bits);
            true
        }
        None => false,
    }
}

/// Waits for a notification addressed to the calling task.
pub(crate) fn wait_notification(timeout: Option<Duration>) -> Result<u32, WaitError> {
    current_record().notify.wait(timeout)
}

/// Sets the calling task's scheduling state; returns the previous one.
pub(crate) fn set_state(rec: &TaskRecord, state: TaskState) -> u8 {
    rec.state.swap(state.to_u8(), SEQ)
}

/// Restores a state returned by [`set_state`].
pub(crate) fn restore_state(rec: &TaskRecord, prev: u8) {
    rec.state.store(prev, SEQ);
}
