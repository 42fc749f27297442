//! The host implementation of the VM's [`Port`]: stdio, files, clocks,
//! randomness, Ctrl-C, and heap accounting through a counting allocator.

use mprt_core::port::{FileSystem, Port, Stat};
use std::alloc::{GlobalAlloc, Layout, System};
use std::collections::HashMap;
use std::io::{Read, Seek, SeekFrom, Write};
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

enum Handle {
    File(std::fs::File),
}

/// The host port.
pub struct HostPort {
    start: Instant,
    stdout: std::io::Stdout,
    files: HashMap<i32, Handle>,
    next_fd: i32,
    stdin_buf: Vec<u8>,
    stdin_eof: bool,
}

impl HostPort {
    /// A port on the process's stdio.
    pub fn new() -> HostPort {
        HostPort {
            start: Instant::now(),
            stdout: std::io::stdout(),
            files: HashMap::new(),
            next_fd: 3,
            stdin_buf: Vec::new(),
            stdin_eof: false,
        }
    }

    fn fill_stdin(&mut self) {
        if self.stdin_eof {
            return;
        }
        let mut buf = [0u8; 4096];
        match std::io::stdin().lock().read(&mut buf) {
            Ok(0) | Err(_) => self.stdin_eof = true,
            Ok(n) => self.stdin_buf.extend_from_slice(&buf[..n]),
        }
    }
}

impl Default for HostPort {
    fn default() -> Self {
        Self::new()
    }
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
        loop {
            if let Some(i) = self.stdin_buf.iter().position(|&b| b == b'\n') {
                let line: Vec<u8> = self.stdin_buf.drain(..=i).collect();
                return Ok(String::from_utf8_lossy(&line).into_owned());
            }
            if self.stdin_eof {
                let line: Vec<u8> = std::mem::take(&mut self.stdin_buf);
                return Ok(String::from_utf8_lossy(&line).into_owned());
            }
            self.fill_stdin();
        }
    }
    fn read_stdin(&mut self, n: Option<usize>) -> Result<Vec<u8>, i32> {
        loop {
            match n {
                Some(n) if self.stdin_buf.len() >= n => {
                    return Ok(self.stdin_buf.drain(..n).collect())
                }
                Some(_) if self.stdin_eof => return Ok(std::mem::take(&mut self.stdin_buf)),
                None if self.stdin_eof => return Ok(std::mem::take(&mut self.stdin_buf)),
                _ => self.fill_stdin(),
            }
        }
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
        // Sleep in slices so that Ctrl-C interrupts promptly.
        let end = Instant::now() + std::time::Duration::from_nanos(ns);
        loop {
            if INTERRUPTED.load(Ordering::Relaxed) {
                return Err(4);
            }
            let now = Instant::now();
            if now >= end {
                return Ok(());
            }
            std::thread::sleep((end - now).min(std::time::Duration::from_millis(10)));
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
    fn fs(&mut self) -> Option<&mut dyn FileSystem> {
        Some(self)
    }
    fn threads(&self) -> Option<&'static dyn mprt_core::port::Threads> {
        Some(crate::threads::get())
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
        let fd = self.next_fd;
        self.next_fd += 1;
        self.files.insert(fd, Handle::File(f));
        Ok(fd)
    }
    fn read(&mut self, fd: i32, n: usize) -> Result<Vec<u8>, i32> {
        if fd == 0 {
            return self.read_stdin(Some(n));
        }
        let Some(Handle::File(f)) = self.files.get_mut(&fd) else {
            return Err(9);
        };
        let mut buf = vec![0u8; n.min(1 << 24)];
        let k = f.read(&mut buf).map_err(|e| {
            if e.kind() == std::io::ErrorKind::IsADirectory {
                21
            } else {
                errno_of(&e)
            }
        })?;
        buf.truncate(k);
        Ok(buf)
    }
    fn write(&mut self, fd: i32, data: &[u8]) -> Result<usize, i32> {
        match fd {
            1 => self.write_stdout(data).map(|_| data.len()),
            2 => self.write_stderr(data).map(|_| data.len()),
            _ => {
                let Some(Handle::File(f)) = self.files.get_mut(&fd) else {
                    return Err(9);
                };
                f.write_all(data).map_err(|e| errno_of(&e))?;
                Ok(data.len())
            }
        }
    }
    fn seek(&mut self, fd: i32, offset: i64, whence: i32) -> Result<u64, i32> {
        let Some(Handle::File(f)) = self.files.get_mut(&fd) else {
            return Err(9);
        };
        let pos = match whence {
            0 => SeekFrom::Start(offset.max(0) as u64),
            1 => SeekFrom::Current(offset),
            _ => SeekFrom::End(offset),
        };
        f.seek(pos).map_err(|e| errno_of(&e))
    }
    fn close(&mut self, fd: i32) -> Result<(), i32> {
        self.files.remove(&fd).map(|_| ()).ok_or(9)
    }
    fn fstat(&mut self, fd: i32) -> Result<Stat, i32> {
        let Some(Handle::File(f)) = self.files.get(&fd) else {
            return Err(9);
        };
        f.metadata().map(|m| to_stat(&m)).map_err(|e| errno_of(&e))
    }
    fn ftruncate(&mut self, fd: i32, len: u64) -> Result<(), i32> {
        let Some(Handle::File(f)) = self.files.get(&fd) else {
            return Err(9);
        };
        f.set_len(len).map_err(|e| errno_of(&e))
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
