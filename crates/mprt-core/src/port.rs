//! The port interface: everything the VM needs from the operating system.
//!
//! The core is `no_std`; a port (the `mprt` host binary, an embedded
//! firmware) implements [`Port`] and hands it to [`Vm::new`](crate::vm::Vm::new).
//! Errors are errno values.

use alloc::string::String;
use alloc::vec::Vec;

/// Metadata of a file system entry.
#[derive(Clone, Copy, Debug, Default)]
pub struct Stat {
    /// `st_mode` (S_IFDIR 0o040000 / S_IFREG 0o100000 plus permission bits).
    pub mode: u32,
    /// Size in bytes.
    pub size: u64,
    /// Modification time (seconds since the epoch).
    pub mtime: i64,
    /// Access time.
    pub atime: i64,
    /// Change time.
    pub ctime: i64,
    /// Inode number.
    pub ino: u64,
    /// Device.
    pub dev: u64,
    /// Link count.
    pub nlink: u64,
    /// Owner.
    pub uid: u32,
    /// Group.
    pub gid: u32,
}

/// OS services used by the interpreter.
pub trait Port {
    /// Write to standard output (unbuffered from the VM's point of view).
    fn write_stdout(&mut self, data: &[u8]) -> Result<(), i32>;
    /// Write to standard error.
    fn write_stderr(&mut self, data: &[u8]) -> Result<(), i32>;
    /// Flush standard output.
    fn flush_stdout(&mut self) {}
    /// Read one line from standard input including the newline; empty at EOF.
    fn read_line(&mut self) -> Result<String, i32>;
    /// Read up to `n` bytes from standard input (all if None).
    fn read_stdin(&mut self, n: Option<usize>) -> Result<Vec<u8>, i32>;
    /// Read a whole file.
    fn read_file(&mut self, path: &str) -> Result<Vec<u8>, i32>;
    /// Stat a path.
    fn stat(&mut self, path: &str) -> Result<Stat, i32>;
    /// Wall-clock time in nanoseconds since the epoch.
    fn time_ns(&mut self) -> i128;
    /// Monotonic time in nanoseconds.
    fn monotonic_ns(&mut self) -> u64;
    /// Sleep (interruptible: returns Err(EINTR) when interrupted).
    fn sleep_ns(&mut self, ns: u64) -> Result<(), i32>;
    /// True (once) if an interrupt (Ctrl-C) arrived since the last call.
    fn take_interrupt(&self) -> bool {
        false
    }
    /// Fill `buf` with random bytes.
    fn urandom(&mut self, buf: &mut [u8]);
    /// Environment variable.
    fn getenv(&mut self, _name: &str) -> Option<String> {
        None
    }
    /// The system's identification for `os.uname()`: sysname, nodename,
    /// release, version, machine (None when the port has no such notion).
    fn uname(&mut self) -> Option<[String; 5]> {
        None
    }
    /// The file-system operations behind `os` and `open`.
    fn fs(&mut self) -> Option<&mut dyn FileSystem> {
        None
    }
    /// Thread services, if this port runs Python threads.
    fn threads(&self) -> Option<&'static dyn Threads> {
        None
    }
    /// Blocking I/O the VM may run with the GIL released (None: use the
    /// methods above with the GIL held).
    fn blocking_io(&self) -> Option<&'static dyn BlockingIo> {
        None
    }
    /// The highest number of bytes ever allocated at once.
    fn heap_peak(&self) -> usize {
        0
    }
    /// Bytes currently allocated by the heap, and the configured limit.
    fn heap_usage(&self) -> (usize, usize) {
        (0, usize::MAX)
    }
}

/// Blocking I/O that the VM runs with the GIL released.
///
/// Implementations are thread-safe: any thread may be inside them, at the
/// same time as the GIL holder uses the [`Port`]. Errors are errno values;
/// `EINTR` means "interrupted by a signal": the VM runs the pending signal
/// handlers (raising if one raises) and calls again.
pub trait BlockingIo: Sync {
    /// Read up to `n` bytes from file descriptor `fd` (empty at end of file).
    fn read(&self, fd: i32, n: usize) -> Result<Vec<u8>, i32>;
    /// Write to `fd`; returns the number of bytes written.
    fn write(&self, fd: i32, data: &[u8]) -> Result<usize, i32>;
    /// One line of standard input including its newline; empty at EOF.
    fn read_line(&self) -> Result<Vec<u8>, i32>;
    /// Up to `n` bytes of standard input (all of it when None).
    fn read_stdin(&self, n: Option<usize>) -> Result<Vec<u8>, i32>;
}

/// File operations with integer handles.
pub trait FileSystem {
    /// Open a file (`flags` as POSIX O_*), returning a handle.
    fn open(&mut self, path: &str, flags: i32, mode: u32) -> Result<i32, i32>;
    /// Read up to `n` bytes.
    fn read(&mut self, fd: i32, n: usize) -> Result<Vec<u8>, i32>;
    /// Write bytes, returning the count written.
    fn write(&mut self, fd: i32, data: &[u8]) -> Result<usize, i32>;
    /// Seek (`whence` 0/1/2), returning the new offset.
    fn seek(&mut self, fd: i32, offset: i64, whence: i32) -> Result<u64, i32>;
    /// Close a handle.
    fn close(&mut self, fd: i32) -> Result<(), i32>;
    /// Stat an open handle.
    fn fstat(&mut self, fd: i32) -> Result<Stat, i32>;
    /// Truncate.
    fn ftruncate(&mut self, fd: i32, len: u64) -> Result<(), i32>;
    /// List a directory's entry names.
    fn listdir(&mut self, path: &str) -> Result<Vec<String>, i32>;
    /// Make a directory.
    fn mkdir(&mut self, path: &str, mode: u32) -> Result<(), i32>;
    /// Remove a directory.
    fn rmdir(&mut self, path: &str) -> Result<(), i32>;
    /// Remove a file.
    fn remove(&mut self, path: &str) -> Result<(), i32>;
    /// Rename.
    fn rename(&mut self, from: &str, to: &str) -> Result<(), i32>;
    /// Current directory.
    fn getcwd(&mut self) -> Result<String, i32>;
    /// Change directory.
    fn chdir(&mut self, path: &str) -> Result<(), i32>;
    /// Is this handle a terminal?
    fn isatty(&mut self, fd: i32) -> bool;
}

/// A lock usable without the GIL (behind `_thread.allocate_lock`).
pub trait RawLock: Send + Sync {
    /// Acquire; `timeout_ns` None waits forever, Some(0) polls. Ok(false) on
    /// timeout, Err(EINTR) when interrupted by a signal.
    fn acquire(&self, timeout_ns: Option<u64>) -> Result<bool, i32>;
    /// Release (Err if not locked).
    fn release(&self) -> Result<(), i32>;
    /// Whether it is held.
    fn locked(&self) -> bool;
}

/// Thread services: the GIL, task creation, blocking waits. Implemented by
/// ports that run Python threads on RTOS tasks / OS threads.
pub trait Threads: Sync {
    /// Take the GIL (never interrupted).
    fn acquire_gil(&self);
    /// Give the GIL up.
    fn release_gil(&self);
    /// Hand the GIL to a waiting thread if there is one (fair, FIFO).
    fn yield_gil(&self);
    /// Cheap check: has a waiter asked for the GIL?
    fn gil_drop_requested(&self) -> bool;
    /// Set the switch interval (seconds).
    fn set_switch_interval(&self, secs: f64);
    /// The switch interval (seconds).
    fn switch_interval(&self) -> f64;
    /// Start a task running `f` (which takes the GIL itself); returns its id.
    fn spawn(
        &self,
        name: &str,
        stack_size: usize,
        f: alloc::boxed::Box<dyn FnOnce() + Send>,
    ) -> Result<u64, i32>;
    /// The calling task's id.
    fn current_id(&self) -> u64;
    /// The calling task's OS-level id.
    fn native_id(&self) -> u64;
    /// True on the main task.
    fn is_main(&self) -> bool;
    /// Sleep without the GIL held (Err(EINTR) when interrupted).
    fn sleep_ns(&self, ns: u64) -> Result<(), i32>;
    /// A new lock.
    fn new_lock(&self) -> alloc::boxed::Box<dyn RawLock>;
    /// Has the calling thread been asked to stop (soft reset)?
    fn stop_requested(&self) -> bool {
        false
    }
    /// Ask every other Python thread to stop: their blocking waits return
    /// EINTR and the VM raises SystemExit in them. Returns how many.
    fn stop_other_threads(&self) -> usize {
        0
    }
    /// Wait (GIL released by the caller) until no other Python thread is
    /// alive; false on timeout.
    fn wait_other_threads(&self, _timeout_ns: Option<u64>) -> bool {
        true
    }
    /// Live tasks: (name, id, state, priority, stack size, stack high-water, core).
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
    )>;
}
