//! The host implementation of the VM's [`Port`]: stdio, files, clocks,
//! randomness, Ctrl-C, and heap accounting through a counting allocator.

use mprt_core::port::{FileSystem, Port, Stat};
use std::alloc::{GlobalAlloc, Layout, System};
use std::io::{Read, Write};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Instant;

/// The global allocator: the system allocator plus a byte counter, so that
/// `gc.mem_alloc()` and `-X heapsize` see every allocation.
pub struct CountingAlloc;

static ALLOCATED: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
/// The heap size configured with `-X heapsize` (usize::MAX = unlimited).
pub static HEAP_LIMIT: AtomicUsize = AtomicUsize::new(usize::MAX);
/// Set by the SIGINT handler; consumed by the VM between bytecodes.
pub static INTERRUPTED: AtomicBool = AtomicBool::new(false);

// SAFETY: forwards to the system allocator unchanged; only counts bytes.
unsafe impl GlobalAlloc for CountingAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: same contract as the caller's.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = ALLOCATED.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        ALLOCATED.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: same contract as the caller's.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            ALLOCATED.fetch_add(new_size, Ordering::Relaxed);
            ALLOCATED.fetch_sub(layout.size(), Ordering::Relaxed);
        }
        p
    }
}

/// Bytes currently allocated.
pub fn allocated() -> usize {
    ALLOCATED.load(Ordering::Relaxed)
}

fn errno_of(e: &std::io::Error) -> i32 {
    e.raw_os_error().unwrap_or(5)
}

/// Standard input with its line buffer, shared by all threads.
struct StdinBuf {
    buf: Vec<u8>,
    eof: bool,
}

/// The host's GIL-free I/O: plain system calls on real file descriptors,
/// plus the shared standard-input buffer. A signal (SIGINT) interrupts a
/// call in the main thread with EINTR.
pub struct HostIo {
    stdin: std::sync::Mutex<StdinBuf>,
}

static HOST_IO: HostIo = HostIo {
    stdin: std::sync::Mutex::new(StdinBuf {
        buf: Vec::new(),
        eof: false,
    }),
};

fn last_errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(5)
}

/// read(2) into a fresh buffer of at most `n` bytes.
fn sys_read(fd: i32, n: usize) -> Result<Vec<u8>, i32> {
    let mut buf = vec![0u8; n.min(1 << 24)];
    // SAFETY: `buf` is a valid writable buffer of `buf.len()` bytes.
    let k = unsafe { libc::read(fd, buf.as_mut_ptr() as *mut libc::c_void, buf.len()) };
    if k < 0 {
        return Err(last_errno());
    }
    buf.truncate(k as usize);
    Ok(buf)
}

impl HostIo {
    /// Fill the stdin buffer with one read(2); Err(EINTR) when interrupted.
    fn fill(st: &mut StdinBuf) -> Result<(), i32> {
        if st.eof {
            return Ok(());
        }
        if INTERRUPTED.load(Ordering::Relaxed) {
            return Err(4);
        }
        match sys_read(0, 4096) {
            Ok(b) if b.is_empty() => st.eof = true,
            Ok(b) => st.buf.extend_from_slice(&b),
            Err(4) => return Err(4),
            Err(_) => st.eof = true,
        }
        Ok(())
    }
}

impl mprt_core::port::BlockingIo for HostIo {
    fn read(&self, fd: i32, n: usize) -> Result<Vec<u8>, i32> {
        if fd == 0 {
            return self.read_stdin(Some(n));
        }
        sys_read(fd, n)
    }
    fn write(&self, fd: i32, data: &[u8]) -> Result<usize, i32> {
        if fd == 1 {
            let mut out = std::io::stdout().lock();
            return out
                .write_all(data)
                .and_then(|_| out.flush())
                .map(|_| data.len())
                .map_err(|e| errno_of(&e));
        }
        // SAFETY: `data` is a valid readable buffer of `data.len()` bytes.
        let k = unsafe { libc::write(fd, data.as_ptr() as *const libc::c_void, data.len()) };
        if k < 0 {
            return Err(last_errno());
        }
        Ok(k as usize)
    }
    fn read_line(&self) -> Result<Vec<u8>, i32> {
        let mut st = self.stdin.lock().unwrap_or_else(|e| e.into_inner());
        loop {
            if let Some(i) = st.buf.iter().position(|&b| b == b'\n') {
                return Ok(st.buf.drain(..=i).collect());
            }
            if st.eof {
                return Ok(std::mem::take(&mut st.buf));
            }
            Self::fill(&mut st)?;
        }
    }
    fn read_stdin(&self, n: Option<usize>) -> Result<Vec<u8>, i32> {
        let mut st = self.stdin.lock().unwrap_or_else(|e| e.into_inner());
        loop {
            match n {
                Some(n) if st.buf.len() >= n => return Ok(st.buf.drain(..n).collect()),
                // A short read is fine once something arrived (like read(2)).
                Some(_) if st.eof || !st.buf.is_empty() => return Ok(std::mem::take(&mut st.buf)),
                None if st.eof => return Ok(std::mem::take(&mut st.buf)),
                _ => Self::fill(&mut st)?,
            }
        }
    }
}

pub struct HostPort {
    start: Instant,
    stdout: std::io::Stdout,
}

impl HostPort {
    pub fn new() -> HostPort {
        HostPort {
            start: Instant::now(),
            stdout: std::io::stdout(),
        }
    }
}

impl Default for HostPort {
    fn default() -> Self {
        Self::new()
    }
}

/// Borrow descriptor `fd` as a `File` for the length of `f` (it stays open).
fn with_fd<R>(fd: i32, f: impl FnOnce(&std::fs::File) -> Result<R, i32>) -> Result<R, i32> {
    use std::os::fd::FromRawFd;
    if fd < 0 {
        return Err(9);
    }
    // SAFETY: the File is wrapped in ManuallyDrop, so the descriptor is
    // never closed here; operations on a closed descriptor report EBADF.
    let file = std::mem::ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(fd) });
    f(&file)
}

fn to_stat(m: &std::fs::Metadata) -> Stat {
    use std::os::unix::fs::MetadataExt;
    Stat {
        mode: m.mode(),
        size: m.size(),
        mtime: m.mtime(),
        atime: m.atime(),
        ctime: m.ctime(),
        ino: m.ino(),
        dev: m.dev(),
        nlink: m.nlink(),
        uid: m.uid(),
        gid: m.gid(),
    }
}

impl Port for HostPort {
    fn write_stdout(&mut self, data: &[u8]) -> Result<(), i32> {
        self.stdout.write_all(data).map_err(|e| errno_of(&e))?;
        self.stdout.flush().map_err(|e| errno_of(&e))
    }
    fn write_stderr(&mut self, data: &[u8]) -> Result<(), i32> {
        let _ = self.stdout.flush();
        std::io::stderr().write_all(data).map_err(|e| errno_of(&e))
    }
    fn flush_stdout(&mut self) {
        let _ = self.stdout.flush();
    }
    fn read_line(&mut self) -> Result<String, i32> {
        use mprt_core::port::BlockingIo;
        let l = HOST_IO.read_line()?;
        Ok(String::from_utf8_lossy(&l).into_owned())
    }
    fn read_stdin(&mut self, n: Option<usize>) -> Result<Vec<u8>, i32> {
        use mprt_core::port::BlockingIo;
        HOST_IO.read_stdin(n)
    }
    fn read_file(&mut self, path: &str) -> Result<Vec<u8>, i32> {
        std::fs::read(path).map_err(|e| errno_of(&e))
    }
    fn stat(&mut self, path: &str) -> Result<Stat, i32> {
        std::fs::metadata(path)
            .map(|m| to_stat(&m))
            .map_err(|e| errno_of(&e))
    }
    fn time_ns(&mut self) -> i128 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as i128)
            .unwrap_or(0)
    }
    fn monotonic_ns(&mut self) -> u64 {
        self.start.elapsed().as_nanos() as u64
    }
    fn sleep_ns(&mut self, ns: u64) -> Result<(), i32> {
        // Sleep with SIGINT blocked except inside ppoll(2), which unblocks it
        // atomically: a Ctrl-C that arrives at any moment ends the sleep at
        // once (EINTR), and no time is spent polling.
        let end = Instant::now() + std::time::Duration::from_nanos(ns);
        // SAFETY: the sigset_t values are initialised by sigemptyset before
        // use and all pointers refer to locals that outlive the calls.
        unsafe {
            let mut block: libc::sigset_t = std::mem::zeroed();
            let mut old: libc::sigset_t = std::mem::zeroed();
            libc::sigemptyset(&mut block);
            libc::sigaddset(&mut block, libc::SIGINT);
            libc::pthread_sigmask(libc::SIG_BLOCK, &block, &mut old);
            let result = loop {
                if INTERRUPTED.load(Ordering::Relaxed) {
                    break Err(libc::EINTR);
                }
                let now = Instant::now();
                if now >= end {
                    break Ok(());
                }
                let left = end - now;
                let ts = libc::timespec {
                    tv_sec: left.as_secs() as libc::time_t,
                    tv_nsec: left.subsec_nanos() as libc::c_long,
                };
                libc::ppoll(std::ptr::null_mut(), 0, &ts, &old);
            };
            libc::pthread_sigmask(libc::SIG_SETMASK, &old, std::ptr::null_mut());
            result
        }
    }
    fn take_interrupt(&self) -> bool {
        let hit = INTERRUPTED.swap(false, Ordering::Relaxed);
        if hit {
            mprt_rtos::take_interrupt();
        }
        hit
    }
    fn urandom(&mut self, buf: &mut [u8]) {
        if let Ok(mut f) = std::fs::File::open("/dev/urandom") {
            let _ = f.read_exact(buf);
        }
    }
    fn getenv(&mut self, name: &str) -> Option<String> {
        std::env::var(name).ok()
    }
    fn uname(&mut self) -> Option<[String; 5]> {
        // SAFETY: `utsname` is plain old data; uname(2) fills it and every
        // field is a NUL-terminated C string within its array.
        unsafe {
            let mut u: libc::utsname = std::mem::zeroed();
            if libc::uname(&mut u) != 0 {
                return None;
            }
            let f = |a: &[libc::c_char]| {
                std::ffi::CStr::from_ptr(a.as_ptr())
                    .to_string_lossy()
                    .into_owned()
            };
            Some([
                f(&u.sysname),
                f(&u.nodename),
                f(&u.release),
                f(&u.version),
                f(&u.machine),
            ])
        }
    }
    fn fs(&mut self) -> Option<&mut dyn FileSystem> {
        Some(self)
    }
    fn threads(&self) -> Option<&'static dyn mprt_core::port::Threads> {
        Some(crate::threads::get())
    }
    fn blocking_io(&self) -> Option<&'static dyn mprt_core::port::BlockingIo> {
        Some(&HOST_IO)
    }
    fn heap_peak(&self) -> usize {
        PEAK.load(Ordering::Relaxed)
    }
    fn heap_usage(&self) -> (usize, usize) {
        (allocated(), HEAP_LIMIT.load(Ordering::Relaxed))
    }
}

impl FileSystem for HostPort {
    fn open(&mut self, path: &str, flags: i32, mode: u32) -> Result<i32, i32> {
        use std::os::unix::fs::OpenOptionsExt;
        let acc = flags & 3;
        let mut o = std::fs::OpenOptions::new();
        o.read(acc == 0 || acc == 2).write(acc == 1 || acc == 2);
        if flags & 0o100 != 0 {
            o.create(true);
        }
        if flags & 0o1000 != 0 {
            o.truncate(true);
        }
        if flags & 0o2000 != 0 {
            o.append(true);
        }
        if flags & 0o200 != 0 {
            o.create_new(true);
        }
        o.mode(mode);
        let f = o.open(path).map_err(|e| errno_of(&e))?;
        if f.metadata().map(|m| m.is_dir()).unwrap_or(false) && acc != 0 {
            return Err(21);
        }
        use std::os::fd::IntoRawFd;
        Ok(f.into_raw_fd())
    }
    fn read(&mut self, fd: i32, n: usize) -> Result<Vec<u8>, i32> {
        use mprt_core::port::BlockingIo;
        HOST_IO.read(fd, n)
    }
    fn write(&mut self, fd: i32, data: &[u8]) -> Result<usize, i32> {
        use mprt_core::port::BlockingIo;
        match fd {
            2 => self.write_stderr(data).map(|_| data.len()),
            _ => HOST_IO.write(fd, data),
        }
    }
    fn seek(&mut self, fd: i32, offset: i64, whence: i32) -> Result<u64, i32> {
        // SAFETY: lseek(2) on any descriptor value is memory-safe.
        let r = unsafe { libc::lseek(fd, offset, whence) };
        if r < 0 {
            return Err(last_errno());
        }
        Ok(r as u64)
    }
    fn close(&mut self, fd: i32) -> Result<(), i32> {
        // SAFETY: close(2) on any descriptor value is memory-safe.
        if unsafe { libc::close(fd) } < 0 {
            return Err(last_errno());
        }
        Ok(())
    }
    fn fstat(&mut self, fd: i32) -> Result<Stat, i32> {
        with_fd(fd, |f| {
            f.metadata().map(|m| to_stat(&m)).map_err(|e| errno_of(&e))
        })
    }
    fn ftruncate(&mut self, fd: i32, len: u64) -> Result<(), i32> {
        with_fd(fd, |f| f.set_len(len).map_err(|e| errno_of(&e)))
    }
    fn listdir(&mut self, path: &str) -> Result<Vec<String>, i32> {
        let rd = std::fs::read_dir(path).map_err(|e| errno_of(&e))?;
        Ok(rd
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect())
    }
    fn mkdir(&mut self, path: &str, _mode: u32) -> Result<(), i32> {
        std::fs::create_dir(path).map_err(|e| errno_of(&e))
    }
    fn rmdir(&mut self, path: &str) -> Result<(), i32> {
        std::fs::remove_dir(path).map_err(|e| errno_of(&e))
    }
    fn remove(&mut self, path: &str) -> Result<(), i32> {
        std::fs::remove_file(path).map_err(|e| errno_of(&e))
    }
    fn rename(&mut self, from: &str, to: &str) -> Result<(), i32> {
        std::fs::rename(from, to).map_err(|e| errno_of(&e))
    }
    fn getcwd(&mut self) -> Result<String, i32> {
        std::env::current_dir()
            .map(|p| p.to_string_lossy().into_owned())
            .map_err(|e| errno_of(&e))
    }
    fn chdir(&mut self, path: &str) -> Result<(), i32> {
        std::env::set_current_dir(path).map_err(|e| errno_of(&e))
    }
    fn isatty(&mut self, fd: i32) -> bool {
        use std::io::IsTerminal;
        match fd {
            0 => std::io::stdin().is_terminal(),
            1 => std::io::stdout().is_terminal(),
            2 => std::io::stderr().is_terminal(),
            _ => false,
        }
    }
}
