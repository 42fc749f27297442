//! Host thread services for the VM: the GIL, Python threads as OS threads
//! (tasks of `mprt-rtos`), locks and interruptible sleeps.

use mprt_core::port::{RawLock, Threads};
use mprt_rtos::prelude::*;
use std::sync::OnceLock;
use std::time::Duration;

/// The host implementation of [`Threads`].
pub struct HostThreads {
    gil: mprt_rtos::Gil,
    main: mprt_rtos::TaskId,
}

static THREADS: OnceLock<HostThreads> = OnceLock::new();

/// The process-wide thread services (created on first use by the main thread).
pub fn get() -> &'static HostThreads {
    THREADS.get_or_init(|| {
        mprt_rtos::set_main_task();
        HostThreads {
            gil: mprt_rtos::Gil::new(),
            main: mprt_rtos::current_task_id(),
        }
    })
}

const EINTR: i32 = 4;

struct HostLock(mprt_rtos::Mutex);

impl RawLock for HostLock {
    fn acquire(&self, timeout_ns: Option<u64>) -> Result<bool, i32> {
        match self.0.lock_timeout(timeout_ns.map(Duration::from_nanos)) {
            Ok(()) => Ok(true),
            Err(mprt_rtos::WaitError::Timeout) => Ok(false),
            Err(mprt_rtos::WaitError::Interrupted) => Err(EINTR),
        }
    }
    fn release(&self) -> Result<(), i32> {
        self.0.unlock().map_err(|_| 1)
    }
    fn locked(&self) -> bool {
        self.0.is_locked()
    }
}

impl Threads for HostThreads {
    fn acquire_gil(&self) {
        self.gil.acquire();
    }
    fn release_gil(&self) {
        let _ = self.gil.release();
    }
    fn yield_gil(&self) {
        self.gil.yield_to_waiters();
    }
    fn gil_drop_requested(&self) -> bool {
        self.gil.drop_requested()
    }
    fn set_switch_interval(&self, secs: f64) {
        self.gil
            .set_switch_interval(Duration::from_secs_f64(secs.max(1e-6)));
    }
    fn switch_interval(&self) -> f64 {
        self.gil.switch_interval().as_secs_f64()
    }
    fn spawn(
        &self,
        name: &str,
        stack_size: usize,
        f: Box<dyn FnOnce() + Send>,
    ) -> Result<u64, i32> {
        let mut opts = mprt_rtos::TaskOptions::new(name);
        opts.stack_size = stack_size;
        opts.kind = mprt_rtos::TaskKind::Python;
        match mprt_rtos::spawn(opts, f) {
            Ok(h) => Ok(h.id().0),
            Err(_) => Err(11),
        }
    }
    fn current_id(&self) -> u64 {
        mprt_rtos::current_task_id().0
    }
    fn native_id(&self) -> u64 {
        // SAFETY: gettid has no preconditions.
        unsafe { libc::syscall(libc::SYS_gettid) as u64 }
    }
    fn is_main(&self) -> bool {
        mprt_rtos::current_task_id() == self.main
    }
    fn sleep_ns(&self, ns: u64) -> Result<(), i32> {
        mprt_rtos::sleep(Duration::from_nanos(ns)).map_err(|_| EINTR)
    }
    fn new_lock(&self) -> Box<dyn RawLock> {
        Box::new(HostLock(mprt_rtos::Mutex::new()))
    }
    fn stop_requested(&self) -> bool {
        mprt_rtos::stop_requested()
    }
    fn stop_other_threads(&self) -> usize {
        mprt_rtos::request_stop_python_tasks()
    }
    fn wait_other_threads(&self, timeout_ns: Option<u64>) -> bool {
        mprt_rtos::wait_python_tasks(timeout_ns.map(Duration::from_nanos)).is_ok()
    }
    fn tasks(
        &self,
    ) -> Vec<(
        String,
        u64,
        &'static str,
        u32,
        usize,
        Option<usize>,
        Option<u32>,
    )> {
        mprt_rtos::tasks()
            .into_iter()
            .map(|t| {
                let st = match t.state {
                    mprt_rtos::TaskState::Running => "running",
                    mprt_rtos::TaskState::Ready => "ready",
                    mprt_rtos::TaskState::Blocked => "blocked",
                    mprt_rtos::TaskState::Suspended => "suspended",
                    mprt_rtos::TaskState::Deleted => "deleted",
                };
                (
                    t.name,
                    t.id.0,
                    st,
                    t.priority as u32,
                    t.stack_size,
                    t.stack_high_water,
                    t.core.map(|c| c as u32),
                )
            })
            .collect()
    }
}
