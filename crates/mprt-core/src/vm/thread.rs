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
    stop_delivered: bool,
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
            stop_delivered: false,
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
            stop_delivered: core::mem::replace(&mut self.stop_delivered, false),
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
        self.stop_delivered = ts.stop_delivered;
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

    /// Run a blocking I/O call of the port with the GIL released. An
    /// interrupted call (EINTR) runs the pending signal handlers — raising
    /// if one raises — and is made again. Returns None when the port has no
    /// GIL-free I/O (the caller then uses the port with the GIL held).
    pub fn blocking_io<R>(
        &mut self,
        f: impl Fn(&dyn crate::port::BlockingIo) -> Result<R, i32>,
    ) -> PyResult<Option<R>> {
        let Some(io) = self.port.blocking_io() else {
            return Ok(None);
        };
        loop {
            match self.allow_threads(|| f(io)) {
                Ok(r) => return Ok(Some(r)),
                Err(crate::modules::errno::EINTR) => self.check_pending_blocking()?,
                Err(e) => return self.os_error(e, None),
            }
        }
    }

    /// One line of standard input (with its newline; empty at EOF), read
    /// with the GIL released.
    pub fn stdin_line(&mut self) -> PyResult<Vec<u8>> {
        if let Some(line) = self.blocking_io(|io| io.read_line())? {
            return Ok(line);
        }
        match self.port.read_line() {
            Ok(l) => Ok(l.into_bytes()),
            Err(e) => self.os_error(e, None),
        }
    }

    /// Up to `n` bytes of standard input (all when None), read with the GIL released.
    pub fn stdin_read(&mut self, n: Option<usize>) -> PyResult<Vec<u8>> {
        if let Some(b) = self.blocking_io(|io| io.read_stdin(n))? {
            return Ok(b);
        }
        match self.port.read_stdin(n) {
            Ok(b) => Ok(b),
            Err(e) => self.os_error(e, None),
        }
    }

    /// Soft reset, first half: raise SystemExit in every other Python
    /// thread and wait (GIL released) until they have all ended. False if
    /// some did not end within `timeout_ns` (the VM must then not be freed).
    pub fn stop_other_threads(&mut self, timeout_ns: Option<u64>) -> bool {
        let Some(t) = self.threads else { return true };
        if t.stop_other_threads() == 0 {
            return true;
        }
        self.allow_threads(|| t.wait_other_threads(timeout_ns))
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
                    self.check_pending_blocking()?;
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
