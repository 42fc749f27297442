//! Per-thread interpreter state and the GIL hand-off.
//!
//! One [`Vm`] is shared by all Python threads; only the GIL holder touches
//! it. The fields that belong to the running thread (its frame stack,
//! handled-exception stack, current-frame pointer, nesting depth) are
//! swapped out into a [`ThreadState`] when the thread gives up the GIL and
//! swapped back in when it takes it again — the scheme CPython uses with
//! `PyThreadState`.
//!
//! The rule that keeps this sound: code running between `release_gil` and
//! `acquire_gil` must not touch the `Vm` or any Python value. Blocking
//! helpers ([`Vm::allow_threads`]) take only plain Rust data.

use super::frame::Frame;
use super::Vm;
use crate::value::Value;
use crate::PyResult;
use alloc::boxed::Box;
use alloc::vec::Vec;

/// The parts of the VM that belong to one thread.
pub struct ThreadState {
    frames: Vec<Box<Frame>>,
    exc_stack: Vec<Value>,
    cur_frame: *const Frame,
    native_depth: usize,
    stop_value: Option<Value>,
    repr_stack: Vec<usize>,
    thread_id: u64,
}

impl ThreadState {
    /// A fresh state for a new thread.
    pub fn new(thread_id: u64) -> ThreadState {
        ThreadState {
            frames: Vec::new(),
            exc_stack: Vec::new(),
            cur_frame: core::ptr::null(),
            native_depth: 0,
            stop_value: None,
            repr_stack: Vec::new(),
            thread_id,
        }
    }
}

/// A raw VM pointer that may cross to another thread (used only under the GIL).
#[derive(Clone, Copy)]
pub struct VmPtr(pub *mut Vm);
// SAFETY: the pointer is dereferenced only by the GIL holder (see module docs).
unsafe impl Send for VmPtr {}

/// Values moved to another thread; touched only with the GIL held.
pub struct SendValues(pub Vec<Value>);
// SAFETY: the values are only accessed by the thread that holds the GIL.
unsafe impl Send for SendValues {}

impl Vm {
    /// Move this thread's state out of the VM.
    pub fn save_thread(&mut self) -> ThreadState {
        ThreadState {
            frames: core::mem::take(&mut self.frames),
            exc_stack: core::mem::take(&mut self.exc_stack),
            cur_frame: core::mem::replace(&mut self.cur_frame, core::ptr::null()),
            native_depth: core::mem::replace(&mut self.native_depth, 0),
            stop_value: self.stop_value.take(),
            repr_stack: core::mem::take(&mut self.repr_stack),
            thread_id: self.thread_id,
        }
    }

    /// Put a thread's state back into the VM.
    pub fn restore_thread(&mut self, ts: ThreadState) {
        self.frames = ts.frames;
        self.exc_stack = ts.exc_stack;
        self.cur_frame = ts.cur_frame;
        self.native_depth = ts.native_depth;
        self.stop_value = ts.stop_value;
        self.repr_stack = ts.repr_stack;
        self.thread_id = ts.thread_id;
    }

    /// Run a blocking operation with the GIL released. `f` must not touch
    /// the VM or any Python value.
    #[inline(never)]
    pub fn allow_threads<R>(&mut self, f: impl FnOnce() -> R) -> R {
        let Some(t) = self.threads else { return f() };
        let ts = self.save_thread();
        t.release_gil();
        // The VM pointer escapes here so the optimiser cannot assume the VM
        // is unchanged across the release (other threads mutate it).
        core::hint::black_box(self as *mut Vm);
        let r = f();
        t.acquire_gil();
        core::hint::black_box(self as *mut Vm);
        self.restore_thread(ts);
        r
    }

    /// Give other threads a turn if one is waiting (called between bytecodes).
    #[inline(never)]
    pub fn maybe_switch_thread(&mut self) {
        if let Some(t) = self.threads {
            if t.gil_drop_requested() {
                let ts = self.save_thread();
                core::hint::black_box(self as *mut Vm);
                t.yield_gil();
                core::hint::black_box(self as *mut Vm);
                self.restore_thread(ts);
            }
        }
    }

    /// Sleep, releasing the GIL, running signal handlers on interruption.
    pub fn sleep_ns(&mut self, ns: u64) -> PyResult<()> {
        let start = self.port.monotonic_ns();
        let mut remaining = ns;
        loop {
            let r = match self.threads {
                Some(t) => self.allow_threads(|| t.sleep_ns(remaining)),
                None => self.port.sleep_ns(remaining),
            };
            match r {
                Ok(()) => return Ok(()),
                Err(crate::modules::errno::EINTR) => {
                    self.check_pending()?;
                    let elapsed = self.port.monotonic_ns().saturating_sub(start);
                    if elapsed >= ns {
                        return Ok(());
                    }
                    remaining = ns - elapsed;
                }
                Err(e) => return self.os_error(e, None),
            }
        }
    }
}
