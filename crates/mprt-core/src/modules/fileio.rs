//! `_fileio`: the native file objects returned by `open()`.
//!
//! A [`BinFile`] is a buffered binary file over a port file handle
//! (`BufferedReader`, `BufferedWriter`, `BufferedRandom`, or an unbuffered
//! `FileIO` for `buffering=0`); a [`TextFile`] is a `TextIOWrapper` that
//! works directly on its binary file's buffers. Reads and writes go through
//! [`Vm::blocking_io`] (the GIL is released) or the port's
//! [`FileSystem`](crate::port::FileSystem). Text encodings handled natively
//! are those whose newline bytes are plain ASCII bytes (utf-8, ascii,
//! latin-1), so lines are split on bytes and text positions are byte offsets;
//! other encodings use the frozen Python `TextIOWrapper` over a native
//! binary file.
//!
//! The native classes derive from the frozen `io` module's Python classes so
//! that `isinstance(f, io.TextIOWrapper)` / `io.IOBase` hold. Files dropped
//! without `close()` are flushed and closed on the next file-system call
//! (see [`drain`]); files still open at exit are flushed by [`flush_all`].

use crate::gc::GilCell;
use crate::object::{NativeFn, NativeObject, Object, Payload};
use crate::str::PyStr;
use crate::value::{Ref, Value};
use crate::vm::call::KwArgs;
use crate::vm::types::{add_methods, set_type_attr};
use crate::vm::Vm;
use crate::PyResult;
use alloc::boxed::Box;
use alloc::format;
use alloc::rc::{Rc, Weak};
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use core::any::Any;
use core::cell::RefCell;

/// Default buffer size (bytes), like CPython's `io.DEFAULT_BUFFER_SIZE`.
const BUF: usize = 8192;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Raw,
    Reader,
    Writer,
    Random,
}

struct Bin {
    fd: i32,
    name: Value,
    mode: &'static str,
    kind: Kind,
    readable: bool,
    writable: bool,
    closefd: bool,
    closed: bool,
    rbuf: Vec<u8>,
    rpos: usize,
    wbuf: Vec<u8>,
    bufsize: usize,
    /// Bumped whenever buffered bytes are consumed or dropped, so that a
    /// scan resumed after a GIL release can tell its offsets are stale.
    gen: u32,
}

/// A native binary file (`FileIO` / `BufferedReader` / `BufferedWriter` /
/// `BufferedRandom`).
pub struct BinFile {
    st: RefCell<Bin>,
}

impl NativeObject for BinFile {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.st.borrow().name);
    }
    fn clear(&self) {
        let old = core::mem::replace(&mut self.st.borrow_mut().name, Value::None);
        drop(old);
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

struct Orphan {
    fd: i32,
    data: Vec<u8>,
    close: bool,
}

static ORPHANS: GilCell<Vec<Orphan>> = GilCell::new(Vec::new());
static LIVE: GilCell<(Vec<Weak<Object>>, usize)> = GilCell::new((Vec::new(), 16));

impl Drop for BinFile {
    fn drop(&mut self) {
        let s = self.st.get_mut();
        if !s.closed && (s.closefd || !s.wbuf.is_empty()) {
            let o = Orphan {
                fd: s.fd,
                data: core::mem::take(&mut s.wbuf),
                close: s.closefd,
            };
            ORPHANS.with(|v| v.push(o));
        }
    }
}

/// Flush and close files that were dropped without being closed. Called
/// before file-system operations so that their data is visible.
pub fn drain(vm: &mut Vm) {
    let list = ORPHANS.with(|v| {
        if v.is_empty() {
            None
        } else {
            Some(core::mem::take(v))
        }
    });
    let Some(list) = list else { return };
    for o in list {
        if !o.data.is_empty() {
            let _ = write_all(vm, o.fd, &o.data);
        }
        if o.close {
            if let Some(fs) = vm.port.fs() {
                let _ = fs.close(o.fd);
            }
        }
    }
}

/// Interpreter exit: flush every native file still open, and the dropped ones.
pub fn flush_all(vm: &mut Vm) {
    drain(vm);
    let live = LIVE.with(|l| core::mem::take(&mut l.0));
    for w in live {
        if let Some(o) = w.upgrade() {
            let v = Value::Obj(o);
            if let Some(b) = bin_of(&v) {
                let _ = b.flush_w(vm);
            }
        }
    }
    drain(vm);
}

fn register_live(o: &Ref) {
    LIVE.with(|l| {
        if l.0.len() >= l.1 {
            l.0.retain(|w| w.strong_count() > 0);
            l.1 = (l.0.len() * 2).max(16);
        }
        l.0.push(Rc::downgrade(o));
    });
}

struct Classes {
    text: Ref,
    fileio: Ref,
    reader: Ref,
    writer: Ref,
    random: Ref,
    pytext: Ref,
    unsupported: Ref,
}

static CLASSES: GilCell<Option<Classes>> = GilCell::new(None);

/// Forget the native classes and the open-file registry (soft reset).
/// Files of the old VM that are freed later are still flushed and closed by
/// the next [`drain`].
pub(crate) fn reset() {
    let old = CLASSES.with(|c| c.take());
    drop(old);
    let live = LIVE.with(|l| core::mem::take(&mut l.0));
    drop(live);
}

fn class_of(f: impl FnOnce(&Classes) -> Ref) -> Option<Ref> {
    CLASSES.with(|c| c.as_ref().map(f))
}

fn unsupported(vm: &Vm, msg: &str) -> Value {
    match class_of(|c| c.unsupported.clone()) {
        Some(cls) => vm.new_exc_msg(&cls, msg),
        None => vm.new_exc_msg(&vm.exc.os_error, msg),
    }
}

fn closed_dot(vm: &Vm) -> Value {
    vm.new_exc_msg(&vm.exc.value_error, "I/O operation on closed file.")
}

fn closed_nodot(vm: &Vm) -> Value {
    vm.new_exc_msg(&vm.exc.value_error, "I/O operation on closed file")
}

// ---------------------------------------------------------------- raw OS access

fn read_fd(vm: &mut Vm, fd: i32, n: usize) -> PyResult<Vec<u8>> {
    if let Some(b) = vm.blocking_io(|io| io.read(fd, n))? {
        return Ok(b);
    }
    let r = match vm.port.fs() {
        Some(fs) => fs.read(fd, n),
        None => Err(38),
    };
    match r {
        Ok(b) => Ok(b),
        Err(e) => vm.os_error(e, None),
    }
}

fn write_some(vm: &mut Vm, fd: i32, data: &[u8]) -> PyResult<usize> {
    if let Some(n) = vm.blocking_io(|io| io.write(fd, data))? {
        return Ok(n);
    }
    let r = match vm.port.fs() {
        Some(fs) => fs.write(fd, data),
        None => Err(38),
    };
    match r {
        Ok(n) => Ok(n),
        Err(e) => vm.os_error(e, None),
    }
}

fn write_all(vm: &mut Vm, fd: i32, data: &[u8]) -> PyResult<()> {
    let mut off = 0;
    while off < data.len() {
        let n = write_some(vm, fd, &data[off..])?;
        if n == 0 {
            return vm.os_error(5, None);
        }
        off += n;
    }
    Ok(())
}

fn lseek(vm: &mut Vm, fd: i32, off: i64, whence: i32) -> PyResult<i64> {
    let r = match vm.port.fs() {
        Some(fs) => fs.seek(fd, off, whence),
        None => Err(38),
    };
    match r {
        Ok(n) => Ok(n as i64),
        Err(e) => vm.os_error(e, None),
    }
}

// ---------------------------------------------------------------- binary layer

fn bin_of(v: &Value) -> Option<&BinFile> {
    match v.payload() {
        Some(Payload::Native(n)) => n.as_any().downcast_ref::<BinFile>(),
        _ => None,
    }
}

fn bin_self<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a BinFile> {
    match bin_of(v) {
        Some(b) => Ok(b),
        None => vm.type_error(format!(
            "descriptor requires a '_io.BufferedReader' object but received '{}'",
            vm.type_name(v)
        )),
    }
}

impl BinFile {
    fn fd(&self) -> i32 {
        self.st.borrow().fd
    }

    fn is_closed(&self) -> bool {
        self.st.borrow().closed
    }

    fn kind(&self) -> Kind {
        self.st.borrow().kind
    }

    /// Write out the write buffer.
    fn flush_w(&self, vm: &mut Vm) -> PyResult<()> {
        let (fd, data) = {
            let mut s = self.st.borrow_mut();
            if s.wbuf.is_empty() {
                return Ok(());
            }
            (s.fd, core::mem::take(&mut s.wbuf))
        };
        let r = write_all(vm, fd, &data);
        let mut s = self.st.borrow_mut();
        if s.wbuf.is_empty() {
            // Keep the (cleared) allocation for the next writes.
            let mut d = data;
            d.clear();
            s.wbuf = d;
        }
        r
    }

    /// Give back read-ahead so that the OS position matches the logical one.
    fn drop_readahead(&self, vm: &mut Vm) -> PyResult<()> {
        let (fd, n) = {
            let mut s = self.st.borrow_mut();
            let n = s.rbuf.len() - s.rpos;
            s.rbuf.clear();
            s.gen = s.gen.wrapping_add(1);
            s.rpos = 0;
            (s.fd, n)
        };
        if n > 0 {
            lseek(vm, fd, -(n as i64), 1)?;
        }
        Ok(())
    }

    /// Read one chunk (at least `want` bytes asked) into the read buffer;
    /// returns how many bytes arrived (0 at end of file).
    fn fill(&self, vm: &mut Vm, want: usize) -> PyResult<usize> {
        let (fd, n) = {
            let mut s = self.st.borrow_mut();
            if s.rpos > 0 {
                let p = s.rpos;
                s.rbuf.drain(..p);
                s.rpos = 0;
            }
            (s.fd, want.max(s.bufsize))
        };
        let chunk = read_fd(vm, fd, n)?;
        let k = chunk.len();
        let mut s = self.st.borrow_mut();
        if s.rbuf.is_empty() && s.rpos == 0 {
            s.rbuf = chunk;
        } else {
            s.rbuf.extend_from_slice(&chunk);
        }
        Ok(k)
    }

    fn avail(&self) -> usize {
        let s = self.st.borrow();
        s.rbuf.len() - s.rpos
    }

    /// Take `n` buffered bytes.
    fn take(&self, n: usize) -> Vec<u8> {
        let mut s = self.st.borrow_mut();
        let p = s.rpos;
        let out = s.rbuf[p..p + n].to_vec();
        s.rpos += n;
        s.gen = s.gen.wrapping_add(1);
        if s.rpos == s.rbuf.len() {
            s.rbuf.clear();
            s.gen = s.gen.wrapping_add(1);
            s.rpos = 0;
        }
        out
    }

    /// Before reading: write out pending writes.
    fn prep_read(&self, vm: &mut Vm) -> PyResult<()> {
        if !self.st.borrow().wbuf.is_empty() {
            self.flush_w(vm)?;
        }
        Ok(())
    }

    /// Before writing: drop read-ahead.
    fn prep_write(&self, vm: &mut Vm) -> PyResult<()> {
        if self.avail() > 0 || self.st.borrow().rpos > 0 {
            self.drop_readahead(vm)?;
        }
        Ok(())
    }

    /// Everything up to the end of the file.
    fn read_all(&self, vm: &mut Vm) -> PyResult<Vec<u8>> {
        self.prep_read(vm)?;
        let mut out = {
            let mut s = self.st.borrow_mut();
            let p = s.rpos;
            let mut v = core::mem::take(&mut s.rbuf);
            s.rpos = 0;
            s.gen = s.gen.wrapping_add(1);
            v.drain(..p);
            v
        };
        let fd = self.fd();
        loop {
            let want = if out.len() < 65536 { 65536 } else { out.len() };
            let b = read_fd(vm, fd, want)?;
            if b.is_empty() {
                break;
            }
            if out.is_empty() {
                out = b;
            } else {
                out.extend_from_slice(&b);
            }
        }
        Ok(out)
    }

    /// Up to `n` bytes (fewer only at end of file).
    fn read_n(&self, vm: &mut Vm, n: usize) -> PyResult<Vec<u8>> {
        self.prep_read(vm)?;
        if self.kind() == Kind::Raw {
            return read_fd(vm, self.fd(), n);
        }
        while self.avail() < n {
            let need = n - self.avail();
            if self.fill(vm, need)? == 0 {
                break;
            }
        }
        let k = self.avail().min(n);
        Ok(self.take(k))
    }

    /// One line (with its `\n`), at most `limit` bytes.
    fn read_line(&self, vm: &mut Vm, limit: Option<usize>) -> PyResult<Vec<u8>> {
        self.prep_read(vm)?;
        if self.kind() == Kind::Raw {
            let fd = self.fd();
            let mut out = Vec::new();
            while limit.map_or(true, |l| out.len() < l) {
                let b = read_fd(vm, fd, 1)?;
                if b.is_empty() {
                    break;
                }
                out.push(b[0]);
                if b[0] == b'\n' {
                    break;
                }
            }
            return Ok(out);
        }
        let mut scan = 0;
        let mut gen = self.st.borrow().gen;
        loop {
            let found = {
                let s = self.st.borrow();
                let a = &s.rbuf[s.rpos..];
                if s.gen != gen {
                    // Another thread consumed data while the GIL was released.
                    gen = s.gen;
                    scan = 0;
                }
                let f = a[scan..]
                    .iter()
                    .position(|&c| c == b'\n')
                    .map(|i| scan + i + 1);
                scan = a.len();
                f
            };
            let end = match (found, limit) {
                (Some(e), Some(l)) => Some(e.min(l)),
                (Some(e), None) => Some(e),
                (None, Some(l)) if scan >= l => Some(l),
                _ => None,
            };
            if let Some(e) = end {
                return Ok(self.take(e));
            }
            if self.fill(vm, 0)? == 0 {
                let k = self.avail();
                let k = limit.map_or(k, |l| k.min(l));
                return Ok(self.take(k));
            }
        }
    }

    fn write_bytes(&self, vm: &mut Vm, data: &[u8]) -> PyResult<usize> {
        if self.kind() == Kind::Raw {
            let fd = self.fd();
            return write_some(vm, fd, data);
        }
        self.prep_write(vm)?;
        let full = {
            let mut s = self.st.borrow_mut();
            s.wbuf.extend_from_slice(data);
            s.wbuf.len() >= s.bufsize
        };
        if full {
            self.flush_w(vm)?;
        }
        Ok(data.len())
    }

    fn tell(&self, vm: &mut Vm) -> PyResult<i64> {
        let (fd, unread, pending) = {
            let s = self.st.borrow();
            (s.fd, s.rbuf.len() - s.rpos, s.wbuf.len())
        };
        let p = lseek(vm, fd, 0, 1)?;
        Ok(p - unread as i64 + pending as i64)
    }

    fn seek(&self, vm: &mut Vm, off: i64, whence: i32) -> PyResult<i64> {
        self.flush_w(vm)?;
        let (fd, unread) = {
            let mut s = self.st.borrow_mut();
            let u = s.rbuf.len() - s.rpos;
            s.rbuf.clear();
            s.gen = s.gen.wrapping_add(1);
            s.rpos = 0;
            (s.fd, u)
        };
        let off = if whence == 1 {
            off - unread as i64
        } else {
            off
        };
        lseek(vm, fd, off, whence)
    }

    fn close(&self, vm: &mut Vm) -> PyResult<()> {
        if self.is_closed() {
            return Ok(());
        }
        let r = self.flush_w(vm);
        let (fd, closefd) = {
            let mut s = self.st.borrow_mut();
            s.closed = true;
            s.rbuf = Vec::new();
            s.rpos = 0;
            s.wbuf = Vec::new();
            (s.fd, s.closefd)
        };
        if closefd {
            let c = match vm.port.fs() {
                Some(fs) => fs.close(fd),
                None => Err(38),
            };
            if let Err(e) = c {
                r?;
                return vm.os_error(e, None);
            }
        }
        r
    }

    fn seekable(&self, vm: &mut Vm) -> bool {
        let fd = self.fd();
        match vm.port.fs() {
            Some(fs) => fs.seek(fd, 0, 1).is_ok(),
            None => false,
        }
    }
}

fn size_arg(vm: &Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match crate::runtime::num::as_int(v) {
            Some(crate::runtime::num::IntVal::Small(n)) => {
                Ok(if n < 0 { None } else { Some(n as usize) })
            }
            Some(_) => Err(vm.new_exc_msg(
                &vm.exc.overflow_error,
                "Python int too large to convert to C ssize_t",
            )),
            None => vm.type_error(format!(
                "argument should be integer or None, not '{}'",
                vm.type_name(v)
            )),
        },
    }
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match crate::runtime::num::as_int(v) {
        Some(crate::runtime::num::IntVal::Small(n)) => Ok(n),
        Some(_) => Err(vm.new_exc_msg(
            &vm.exc.overflow_error,
            "Python int too large to convert to C long",
        )),
        None => match vm.index_value(v, "")? {
            Some(n) => Ok(n),
            None => vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            )),
        },
    }
}

fn arg<'a>(args: &'a [Value], kw: &'a KwArgs, i: usize, name: &str) -> Option<&'a Value> {
    args.get(i).or_else(|| crate::builtins::kwarg(kw, name))
}

/// Check a buffered read operation `op` may run (CPython's order: readable
/// first, then closed).
fn check_read(vm: &Vm, b: &BinFile, op: &str) -> PyResult<()> {
    let s = b.st.borrow();
    if s.kind == Kind::Raw {
        if s.closed {
            return Err(closed_nodot(vm));
        }
        if !s.readable {
            return Err(unsupported(vm, "File not open for reading"));
        }
        return Ok(());
    }
    if !s.readable {
        return Err(unsupported(
            vm,
            if op == "read1" { "read1" } else { "read" },
        ));
    }
    if s.closed {
        let op = if op == "read1" { "read" } else { op };
        return Err(vm.new_exc_msg(&vm.exc.value_error, format!("{} of closed file", op)));
    }
    Ok(())
}

fn check_write(vm: &Vm, b: &BinFile) -> PyResult<()> {
    let s = b.st.borrow();
    if s.kind == Kind::Raw {
        if s.closed {
            return Err(closed_nodot(vm));
        }
        if !s.writable {
            return Err(unsupported(vm, "File not open for writing"));
        }
        return Ok(());
    }
    if !s.writable {
        return Err(unsupported(vm, "write"));
    }
    if s.closed {
        return vm.value_error("write to closed file");
    }
    Ok(())
}

fn check_closed_op(vm: &Vm, b: &BinFile, op: &str) -> PyResult<()> {
    let s = b.st.borrow();
    if s.closed {
        if s.kind == Kind::Raw || op.is_empty() {
            return Err(closed_nodot(vm));
        }
        return Err(vm.new_exc_msg(&vm.exc.value_error, format!("{} of closed file", op)));
    }
    Ok(())
}

fn b_read(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let b = bin_self(vm, &a[0])?;
    check_read(vm, b, "read")?;
    let n = size_arg(vm, arg(a, kw, 1, "size"))?;
    let data = match n {
        None => b.read_all(vm)?,
        Some(n) => b.read_n(vm, n)?,
    };
    Ok(vm.new_bytes(data))
}

fn b_readall(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let b = bin_self(vm, &a[0])?;
    check_read(vm, b, "read")?;
    let data = b.read_all(vm)?;
    Ok(vm.new_bytes(data))
}

fn b_read1(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let b = bin_self(vm, &a[0])?;
    check_read(vm, b, "read1")?;
    let n = size_arg(vm, arg(a, kw, 1, "size"))?;
    b.prep_read(vm)?;
    if b.kind() == Kind::Raw {
        let data = read_fd(vm, b.fd(), n.unwrap_or(BUF))?;
        return Ok(vm.new_bytes(data));
    }
    if n == Some(0) {
        return Ok(vm.new_bytes(Vec::new()));
    }
    if b.avail() == 0 {
        b.fill(vm, n.unwrap_or(0))?;
    }
    let k = n.map_or(b.avail(), |n| n.min(b.avail()));
    let data = b.take(k);
    Ok(vm.new_bytes(data))
}

fn b_peek(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let b = bin_self(vm, &a[0])?;
    check_read(vm, b, "peek")?;
    b.prep_read(vm)?;
    if b.avail() == 0 {
        b.fill(vm, 0)?;
    }
    let s = b.st.borrow();
    let d = s.rbuf[s.rpos..].to_vec();
    drop(s);
    Ok(vm.new_bytes(d))
}

fn b_readinto(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "readinto", a, 2, 2)?;
    let b = bin_self(vm, &a[0])?;
    check_read(vm, b, "readinto")?;
    let target = a[1].clone();
    let Some(n) = crate::types::bytes::raw_buffer_len(&target) else {
        return vm.type_error(format!(
            "readinto() argument must be read-write bytes-like object, not {}",
            vm.type_name(&target)
        ));
    };
    let data = b.read_n(vm, n)?;
    let k = data.len();
    if let Some(Payload::ByteArray(v)) = target.payload() {
        v.borrow_mut()[..k].copy_from_slice(&data);
    } else {
        let sl = Value::Obj(Object::new(
            vm.types.slice.clone(),
            Payload::Slice(Value::Int(0), Value::Int(k as i64), Value::None),
            None,
        ));
        let d = vm.new_bytes(data);
        vm.setitem(&target, sl, d)?;
    }
    Ok(Value::Int(k as i64))
}

fn b_readline(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let b = bin_self(vm, &a[0])?;
    check_read(vm, b, "readline")?;
    let n = size_arg(vm, arg(a, kw, 1, "size"))?;
    let line = b.read_line(vm, n)?;
    Ok(vm.new_bytes(line))
}

fn b_next(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let b = bin_self(vm, &a[0])?;
    check_read(vm, b, "readline")?;
    let line = b.read_line(vm, None)?;
    if line.is_empty() {
        return Err(vm.new_exception(&vm.exc.stop_iteration, Vec::new()));
    }
    Ok(vm.new_bytes(line))
}

fn b_readlines(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let b = bin_self(vm, &a[0])?;
    if b.is_closed() {
        return Err(closed_dot(vm));
    }
    check_read(vm, b, "readline")?;
    let hint = size_arg(vm, arg(a, kw, 1, "hint"))?.filter(|&h| h > 0);
    let mut out = Vec::new();
    let mut total = 0;
    loop {
        let line = b.read_line(vm, None)?;
        if line.is_empty() {
            break;
        }
        total += line.len();
        out.push(vm.new_bytes(line));
        if hint.map_or(false, |h| total > h) {
            break;
        }
    }
    Ok(vm.new_list(out))
}

fn with_bytes<R>(
    vm: &mut Vm,
    v: &Value,
    f: impl FnOnce(&mut Vm, &[u8]) -> PyResult<R>,
) -> PyResult<R> {
    match v.payload() {
        Some(Payload::Bytes(d)) => f(vm, d),
        _ => {
            if v.as_pystr().is_some() {
                return vm.type_error("a bytes-like object is required, not 'str'");
            }
            match crate::types::bytes::buffer_bytes(vm, v) {
                Some(d) => f(vm, &d),
                None => vm.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    vm.type_name(v)
                )),
            }
        }
    }
}

fn b_write(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "write", a, 2, 2)?;
    let b = bin_self(vm, &a[0])?;
    check_write(vm, b)?;
    let n = with_bytes(vm, &a[1], |vm, d| b.write_bytes(vm, d))?;
    Ok(Value::Int(n as i64))
}

fn b_writelines(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "writelines", a, 2, 2)?;
    let b = bin_self(vm, &a[0])?;
    if b.is_closed() {
        return Err(closed_dot(vm));
    }
    let it = vm.get_iter(&a[1])?;
    while let Some(x) = vm.next(&it)? {
        check_write(vm, b)?;
        with_bytes(vm, &x, |vm, d| b.write_bytes(vm, d))?;
    }
    Ok(Value::None)
}

fn b_seek(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "seek", a, 2, 3)?;
    let b = bin_self(vm, &a[0])?;
    let off = int_arg(vm, &a[1])?;
    let wh = match arg(a, kw, 2, "whence") {
        Some(v) => int_arg(vm, v)?,
        None => 0,
    };
    if !(0..=2).contains(&wh) {
        if b.kind() == Kind::Raw {
            return vm.value_error(format!("invalid whence ({}, should be 0, 1 or 2)", wh));
        }
        return vm.value_error(format!("whence value {} unsupported", wh));
    }
    check_closed_op(vm, b, "seek")?;
    let p = b.seek(vm, off, wh as i32)?;
    Ok(Value::Int(p))
}

fn b_tell(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let b = bin_self(vm, &a[0])?;
    check_closed_op(vm, b, "")?;
    let p = b.tell(vm)?;
    Ok(Value::Int(p))
}

fn b_truncate(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let b = bin_self(vm, &a[0])?;
    check_closed_op(vm, b, "truncate")?;
    if !b.st.borrow().writable {
        return Err(unsupported(
            vm,
            if b.kind() == Kind::Raw {
                "File not open for writing"
            } else {
                "truncate"
            },
        ));
    }
    let size = match arg(a, kw, 1, "pos") {
        None | Some(Value::None) => None,
        Some(v) => Some(int_arg(vm, v)?),
    };
    truncate_bin(vm, b, size)
}

fn truncate_bin(vm: &mut Vm, b: &BinFile, size: Option<i64>) -> PyResult<Value> {
    b.flush_w(vm)?;
    let size = match size {
        Some(s) => s,
        None => b.tell(vm)?,
    };
    if size < 0 {
        return vm.os_error(22, None);
    }
    b.drop_readahead(vm)?;
    let fd = b.fd();
    let r = match vm.port.fs() {
        Some(fs) => fs.ftruncate(fd, size as u64),
        None => Err(38),
    };
    if let Err(e) = r {
        return vm.os_error(e, None);
    }
    Ok(Value::Int(size))
}

fn b_flush(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let b = bin_self(vm, &a[0])?;
    let (closed, writable, kind) = {
        let s = b.st.borrow();
        (s.closed, s.writable, s.kind)
    };
    if closed {
        if kind == Kind::Raw {
            return Err(closed_nodot(vm));
        }
        if writable {
            return vm.value_error("flush of closed file");
        }
        return Err(closed_dot(vm));
    }
    b.flush_w(vm)?;
    Ok(Value::None)
}

fn b_close(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let b = bin_self(vm, &a[0])?;
    b.close(vm)?;
    Ok(Value::None)
}

fn b_exit(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let b = bin_self(vm, &a[0])?;
    b.close(vm)?;
    Ok(Value::None)
}

fn b_enter(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let b = bin_self(vm, &a[0])?;
    if b.is_closed() {
        return Err(closed_dot(vm));
    }
    Ok(a[0].clone())
}

fn b_fileno(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let b = bin_self(vm, &a[0])?;
    check_closed_op(vm, b, "")?;
    Ok(Value::Int(b.fd() as i64))
}

fn b_isatty(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let b = bin_self(vm, &a[0])?;
    check_closed_op(vm, b, "")?;
    let fd = b.fd();
    let t = match vm.port.fs() {
        Some(fs) => fs.isatty(fd),
        None => false,
    };
    Ok(Value::Bool(t))
}

fn b_readable(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let b = bin_self(vm, &a[0])?;
    let (r, raw) = {
        let s = b.st.borrow();
        (s.readable, s.kind == Kind::Raw)
    };
    if !r && !raw {
        return Ok(Value::Bool(false));
    }
    check_closed_op(vm, b, "")?;
    Ok(Value::Bool(r))
}

fn b_writable(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let b = bin_self(vm, &a[0])?;
    let (w, raw) = {
        let s = b.st.borrow();
        (s.writable, s.kind == Kind::Raw)
    };
    if !w && !raw {
        return Ok(Value::Bool(false));
    }
    check_closed_op(vm, b, "")?;
    Ok(Value::Bool(w))
}

fn b_seekable(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let b = bin_self(vm, &a[0])?;
    check_closed_op(vm, b, "")?;
    Ok(Value::Bool(b.seekable(vm)))
}

fn b_iter(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let b = bin_self(vm, &a[0])?;
    if b.is_closed() {
        return Err(closed_dot(vm));
    }
    Ok(a[0].clone())
}

fn b_detach(vm: &mut Vm, _a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Err(unsupported(vm, "detach"))
}

fn b_repr(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let b = bin_self(vm, &a[0])?;
    let (kind, closed, name, mode, closefd) = {
        let s = b.st.borrow();
        (s.kind, s.closed, s.name.clone(), s.mode, s.closefd)
    };
    let cls = match kind {
        Kind::Raw => "FileIO",
        Kind::Reader => "BufferedReader",
        Kind::Writer => "BufferedWriter",
        Kind::Random => "BufferedRandom",
    };
    if kind == Kind::Raw {
        if closed {
            return Ok(Value::str("<_io.FileIO [closed]>"));
        }
        let r = vm.repr(&name)?;
        return Ok(Value::string(format!(
            "<_io.FileIO name={} mode='{}' closefd={}>",
            r.as_str(),
            mode,
            if closefd { "True" } else { "False" }
        )));
    }
    let r = vm.repr(&name)?;
    Ok(Value::string(format!("<_io.{} name={}>", cls, r.as_str())))
}

fn b_name(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let b = bin_self(vm, &a[0])?;
    let n = b.st.borrow().name.clone();
    Ok(n)
}

fn b_mode(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let b = bin_self(vm, &a[0])?;
    let m = b.st.borrow().mode;
    Ok(Value::str(m))
}

fn b_closed(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let b = bin_self(vm, &a[0])?;
    Ok(Value::Bool(b.is_closed()))
}

fn b_closefd(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let b = bin_self(vm, &a[0])?;
    let c = b.st.borrow().closefd;
    Ok(Value::Bool(c))
}

// ---------------------------------------------------------------- text layer

#[derive(Clone, Copy, PartialEq, Eq)]
enum Enc {
    Utf8,
    Ascii,
    Latin1,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Nl {
    /// `newline=None`: universal newlines, translated to `\n`.
    Univ,
    /// `newline=''`: universal line splitting, untranslated.
    Any,
    Lf,
    Cr,
    CrLf,
}

struct Text {
    buffer: Value,
    mode: Value,
    encoding: Value,
    enc: Enc,
    errors: Value,
    nl: Nl,
    line_buffering: bool,
    detached: bool,
    seen: u8,
}

/// A native `TextIOWrapper` over a [`BinFile`].
pub struct TextFile {
    st: RefCell<Text>,
}

impl NativeObject for TextFile {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        let s = self.st.borrow();
        visit(&s.buffer);
        visit(&s.mode);
        visit(&s.encoding);
        visit(&s.errors);
    }
    fn clear(&self) {
        let mut s = self.st.borrow_mut();
        let old = (
            core::mem::replace(&mut s.buffer, Value::None),
            core::mem::replace(&mut s.mode, Value::None),
            core::mem::replace(&mut s.encoding, Value::None),
            core::mem::replace(&mut s.errors, Value::None),
        );
        drop(s);
        drop(old);
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn text_self<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a TextFile> {
    match v.payload() {
        Some(Payload::Native(n)) => match n.as_any().downcast_ref::<TextFile>() {
            Some(t) => Ok(t),
            None => vm.type_error("descriptor requires a '_io.TextIOWrapper' object"),
        },
        _ => vm.type_error("descriptor requires a '_io.TextIOWrapper' object"),
    }
}

/// The text file's settings and its buffer; checks detached and (if
/// `check`) closed.
struct Ctx {
    buffer: Value,
    enc: Enc,
    nl: Nl,
    errors: Rc<PyStr>,
    line_buffering: bool,
}

fn ctx(vm: &Vm, t: &TextFile, check: bool) -> PyResult<Ctx> {
    let s = t.st.borrow();
    if s.detached {
        return vm.value_error("underlying buffer has been detached");
    }
    let c = Ctx {
        buffer: s.buffer.clone(),
        enc: s.enc,
        nl: s.nl,
        errors: s
            .errors
            .as_pystr()
            .cloned()
            .unwrap_or_else(|| Rc::new(PyStr::new("strict"))),
        line_buffering: s.line_buffering,
    };
    drop(s);
    if check {
        if let Some(b) = bin_of(&c.buffer) {
            if b.is_closed() {
                return Err(closed_dot(vm));
            }
        }
    }
    Ok(c)
}

fn enc_name(e: Enc) -> &'static str {
    match e {
        Enc::Utf8 => "utf-8",
        Enc::Ascii => "ascii",
        Enc::Latin1 => "latin-1",
    }
}

/// Decode bytes to a str value.
fn decode(vm: &mut Vm, b: &[u8], c: &Ctx) -> PyResult<Value> {
    if b.is_ascii() || (c.enc == Enc::Utf8) {
        if let Ok(s) = core::str::from_utf8(b) {
            return Ok(Value::str(s));
        }
    }
    let s = crate::types::codecs::decode(vm, b, enc_name(c.enc), c.errors.as_str())?;
    Ok(Value::string(s))
}

/// Bytes in a UTF-8 sequence starting with `lead` (1 for stray bytes).
fn utf8_len(lead: u8) -> usize {
    match lead {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => 1,
    }
}

/// Byte index after `n` characters of `a` (`\r\n` counting as one when
/// `univ`); None when `a` holds fewer complete characters (or ends in a `\r`
/// that may start a `\r\n`) and more data may come.
fn char_end(a: &[u8], n: usize, enc: Enc, univ: bool, eof: bool) -> Option<usize> {
    let mut i = 0;
    let mut k = 0;
    while k < n {
        if i >= a.len() {
            return if eof { Some(a.len()) } else { None };
        }
        let c = a[i];
        let l = if c == b'\r' && univ {
            if i + 1 < a.len() {
                if a[i + 1] == b'\n' {
                    2
                } else {
                    1
                }
            } else if eof {
                1
            } else {
                return None;
            }
        } else if enc == Enc::Utf8 {
            utf8_len(c)
        } else {
            1
        };
        if i + l > a.len() {
            return if eof { Some(a.len()) } else { None };
        }
        i += l;
        k += 1;
    }
    Some(i)
}

/// Find the end of the first line of `a` (scanning from `from`): Some((end,
/// terminator length)), or None when more data is needed.
fn find_line(a: &[u8], from: usize, nl: Nl, eof: bool) -> Option<(usize, usize)> {
    match nl {
        Nl::Lf => a[from..]
            .iter()
            .position(|&c| c == b'\n')
            .map(|i| (from + i + 1, 1)),
        Nl::Cr => a[from..]
            .iter()
            .position(|&c| c == b'\r')
            .map(|i| (from + i + 1, 1)),
        Nl::CrLf => {
            let mut i = from;
            while let Some(j) = a[i..].iter().position(|&c| c == b'\n') {
                let p = i + j;
                if p > 0 && a[p - 1] == b'\r' {
                    return Some((p + 1, 2));
                }
                i = p + 1;
            }
            None
        }
        Nl::Univ | Nl::Any => {
            let i = from + a[from..].iter().position(|&c| c == b'\n' || c == b'\r')?;
            if a[i] == b'\n' {
                return Some((i + 1, 1));
            }
            if i + 1 < a.len() {
                Some(if a[i + 1] == b'\n' {
                    (i + 2, 2)
                } else {
                    (i + 1, 1)
                })
            } else if eof {
                Some((i + 1, 1))
            } else {
                None
            }
        }
    }
}

/// Universal-newline translation of raw bytes (`\r\n` and `\r` to `\n`);
/// returns the kinds seen (1 `\r`, 2 `\n`, 4 `\r\n`).
fn translate(b: &[u8]) -> (Vec<u8>, u8) {
    let mut out = Vec::with_capacity(b.len());
    let mut seen = 0;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\r' {
            if i + 1 < b.len() && b[i + 1] == b'\n' {
                seen |= 4;
                i += 1;
            } else {
                seen |= 1;
            }
            out.push(b'\n');
        } else {
            if c == b'\n' {
                seen |= 2;
            }
            out.push(c);
        }
        i += 1;
    }
    (out, seen)
}

fn native_buf<'a>(vm: &Vm, c: &'a Ctx) -> PyResult<&'a BinFile> {
    match bin_of(&c.buffer) {
        Some(b) => Ok(b),
        None => vm.type_error("native TextIOWrapper needs a native buffer"),
    }
}

fn check_readable(vm: &Vm, b: &BinFile) -> PyResult<()> {
    if !b.st.borrow().readable {
        return Err(unsupported(vm, "not readable"));
    }
    Ok(())
}

/// Read one text line (`limit` characters at most).
fn text_line(vm: &mut Vm, t: &TextFile, c: &Ctx, limit: Option<usize>) -> PyResult<Value> {
    let b = native_buf(vm, c)?;
    check_readable(vm, b)?;
    b.prep_read(vm)?;
    let univ = c.nl == Nl::Univ;
    let mut scan = 0;
    let mut gen = b.st.borrow().gen;
    let mut eof = false;
    // (end, terminator length) in bytes.
    let (end, term) = loop {
        let r = {
            let s = b.st.borrow();
            let a = &s.rbuf[s.rpos..];
            if s.gen != gen {
                gen = s.gen;
                scan = 0;
            }
            let f = find_line(a, scan, c.nl, eof);
            let f = match (f, limit) {
                (Some((e, tl)), Some(l)) => {
                    let body = &a[..e - tl];
                    match char_end(body, l, c.enc, false, true) {
                        Some(k) if k < body.len() => Some((k, 0)),
                        _ => {
                            // Characters left for the terminator.
                            let used = char_count(body, c.enc);
                            let room = l.saturating_sub(used);
                            let tchars = if univ { 1 } else { tl };
                            if room >= tchars {
                                Some((e, tl))
                            } else {
                                Some((e - tl + room, 0))
                            }
                        }
                    }
                }
                (None, Some(l)) => char_end(a, l, c.enc, false, eof).map(|k| (k, 0)),
                (f, None) => f,
            };
            scan = match c.nl {
                Nl::Lf | Nl::Cr => a.len(),
                _ => a.len().saturating_sub(1),
            };
            match f {
                Some(x) => Ok(x),
                None => Err(a.len()),
            }
        };
        match r {
            Ok(x) => break x,
            Err(len) => {
                if eof {
                    break (len, 0);
                }
                if b.fill(vm, 0)? == 0 {
                    eof = true;
                }
            }
        }
    };
    // Fast path: decode straight from the buffer.
    let out = {
        let mut s = b.st.borrow_mut();
        let p = s.rpos;
        let a = &s.rbuf[p..p + end];
        let fast = if univ && term > 0 && a[end - 1] == b'\n' && term == 1 {
            Some(a)
        } else if !univ || term == 0 {
            Some(a)
        } else {
            None
        };
        let v = match fast {
            Some(a) if c.enc == Enc::Utf8 || a.is_ascii() => {
                core::str::from_utf8(a).ok().map(Value::str)
            }
            _ => None,
        };
        if univ && term > 0 {
            t.st.borrow_mut().seen |= match (term, a[end - 1]) {
                (2, _) => 4,
                (_, b'\r') => 1,
                _ => 2,
            };
        }
        match v {
            Some(v) => {
                s.rpos += end;
                s.gen = s.gen.wrapping_add(1);
                Ok(v)
            }
            None => {
                let mut raw = a.to_vec();
                s.rpos += end;
                s.gen = s.gen.wrapping_add(1);
                if univ && term > 0 {
                    raw.truncate(end - term);
                    raw.push(b'\n');
                }
                Err(raw)
            }
        }
    };
    {
        let mut s = b.st.borrow_mut();
        if s.rpos == s.rbuf.len() {
            s.rbuf.clear();
            s.gen = s.gen.wrapping_add(1);
            s.rpos = 0;
        }
    }
    match out {
        Ok(v) => Ok(v),
        Err(raw) => decode(vm, &raw, c),
    }
}

fn char_count(a: &[u8], enc: Enc) -> usize {
    match enc {
        Enc::Utf8 => a.iter().filter(|&&c| c & 0xC0 != 0x80).count(),
        _ => a.len(),
    }
}

fn t_read(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let t = text_self(vm, &a[0])?;
    let c = ctx(vm, t, true)?;
    let b = native_buf(vm, &c)?;
    check_readable(vm, b)?;
    let n = size_arg(vm, arg(a, kw, 1, "size"))?;
    let univ = c.nl == Nl::Univ;
    let raw = match n {
        None => b.read_all(vm)?,
        Some(n) => {
            b.prep_read(vm)?;
            let mut eof = false;
            loop {
                let k = {
                    let s = b.st.borrow();
                    char_end(&s.rbuf[s.rpos..], n, c.enc, univ, eof)
                };
                if let Some(k) = k {
                    break b.take(k);
                }
                let want = n.saturating_sub(b.avail());
                if b.fill(vm, want)? == 0 {
                    eof = true;
                }
            }
        }
    };
    if univ && raw.contains(&b'\r') {
        let (tr, seen) = translate(&raw);
        t.st.borrow_mut().seen |= seen;
        return decode(vm, &tr, &c);
    }
    if univ && raw.contains(&b'\n') {
        t.st.borrow_mut().seen |= 2;
    }
    decode(vm, &raw, &c)
}

fn t_readline(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let t = text_self(vm, &a[0])?;
    let c = ctx(vm, t, true)?;
    let n = size_arg(vm, arg(a, kw, 1, "size"))?;
    text_line(vm, t, &c, n)
}

fn t_next(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let t = text_self(vm, &a[0])?;
    let c = ctx(vm, t, true)?;
    let line = text_line(vm, t, &c, None)?;
    if let Value::Str(s) = &line {
        if s.as_str().is_empty() {
            return Err(vm.new_exception(&vm.exc.stop_iteration, Vec::new()));
        }
    }
    Ok(line)
}

fn t_readlines(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let t = text_self(vm, &a[0])?;
    let c = ctx(vm, t, true)?;
    let hint = size_arg(vm, arg(a, kw, 1, "hint"))?.filter(|&h| h > 0);
    let mut out = Vec::new();
    let mut total = 0;
    loop {
        let line = text_line(vm, t, &c, None)?;
        let n = line.as_pystr().map_or(0, |s| s.char_len());
        if n == 0 {
            break;
        }
        total += n;
        out.push(line);
        if hint.map_or(false, |h| total > h) {
            break;
        }
    }
    Ok(vm.new_list(out))
}

/// Encode and buffer one str.
fn text_write(vm: &mut Vm, c: &Ctx, v: &Value) -> PyResult<usize> {
    let Some(s) = v.as_pystr().cloned() else {
        return vm.type_error(format!(
            "write() argument must be str, not {}",
            vm.type_name(v)
        ));
    };
    let b = native_buf(vm, c)?;
    {
        let mut s = b.st.borrow_mut();
        if !s.writable {
            drop(s);
            return Err(unsupported(vm, "not writable"));
        }
        // Like CPython, text read-ahead is dropped without rewinding: a
        // write after a text read lands after the chunk that was read.
        if !s.rbuf.is_empty() {
            s.rbuf.clear();
            s.gen = s.gen.wrapping_add(1);
            s.rpos = 0;
        }
    }
    let text = s.as_str();
    let sep: Option<&str> = match c.nl {
        Nl::Cr => Some("\r"),
        Nl::CrLf => Some("\r\n"),
        _ => None,
    };
    let translated;
    let text: &str = match sep {
        Some(sep) if text.contains('\n') => {
            translated = text.replace('\n', sep);
            &translated
        }
        _ => text,
    };
    let encoded;
    let bytes: &[u8] = if c.enc == Enc::Utf8 || text.is_ascii() {
        text.as_bytes()
    } else {
        encoded = crate::types::codecs::encode(vm, text, enc_name(c.enc), c.errors.as_str())?;
        &encoded
    };
    b.write_bytes(vm, bytes)?;
    if c.line_buffering && (text.contains('\n') || text.contains('\r')) {
        b.flush_w(vm)?;
    }
    Ok(s.char_len())
}

fn t_write(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "write", a, 2, 2)?;
    let t = text_self(vm, &a[0])?;
    let c = ctx(vm, t, true)?;
    let n = text_write(vm, &c, &a[1])?;
    Ok(Value::Int(n as i64))
}

fn t_writelines(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "writelines", a, 2, 2)?;
    let t = text_self(vm, &a[0])?;
    let c = ctx(vm, t, true)?;
    let it = vm.get_iter(&a[1])?;
    while let Some(x) = vm.next(&it)? {
        let c = ctx(vm, t, true)?;
        text_write(vm, &c, &x)?;
    }
    drop(c);
    Ok(Value::None)
}

fn t_flush(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let t = text_self(vm, &a[0])?;
    let c = ctx(vm, t, true)?;
    native_buf(vm, &c)?.flush_w(vm)?;
    Ok(Value::None)
}

fn t_close(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let t = text_self(vm, &a[0])?;
    let c = ctx(vm, t, false)?;
    native_buf(vm, &c)?.close(vm)?;
    Ok(Value::None)
}

fn t_enter(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let t = text_self(vm, &a[0])?;
    ctx(vm, t, true)?;
    Ok(a[0].clone())
}

fn t_tell(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let t = text_self(vm, &a[0])?;
    let c = ctx(vm, t, true)?;
    let b = native_buf(vm, &c)?;
    if !b.seekable(vm) {
        return Err(unsupported(vm, "underlying stream is not seekable"));
    }
    b.flush_w(vm)?;
    Ok(Value::Int(b.tell(vm)?))
}

fn t_seek(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "seek", a, 2, 3)?;
    let t = text_self(vm, &a[0])?;
    let c = ctx(vm, t, true)?;
    let b = native_buf(vm, &c)?;
    let wh = match arg(a, kw, 2, "whence") {
        Some(v) => int_arg(vm, v)?,
        None => 0,
    };
    let off = int_arg(vm, &a[1])?;
    match wh {
        0 => {
            if off < 0 {
                return vm.value_error(format!("negative seek position {}", off));
            }
            let p = b.seek(vm, off, 0)?;
            Ok(Value::Int(p))
        }
        1 => {
            if off != 0 {
                return Err(unsupported(vm, "can't do nonzero cur-relative seeks"));
            }
            b.flush_w(vm)?;
            Ok(Value::Int(b.tell(vm)?))
        }
        2 => {
            if off != 0 {
                return Err(unsupported(vm, "can't do nonzero end-relative seeks"));
            }
            let p = b.seek(vm, 0, 2)?;
            Ok(Value::Int(p))
        }
        _ => vm.value_error(format!("invalid whence ({}, should be 0, 1 or 2)", wh)),
    }
}

fn t_truncate(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let t = text_self(vm, &a[0])?;
    let c = ctx(vm, t, true)?;
    let b = native_buf(vm, &c)?;
    if !b.st.borrow().writable {
        return Err(unsupported(vm, "truncate"));
    }
    let size = match arg(a, kw, 1, "pos") {
        None | Some(Value::None) => None,
        Some(v) => Some(int_arg(vm, v)?),
    };
    truncate_bin(vm, b, size)
}

fn t_detach(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let t = text_self(vm, &a[0])?;
    let c = ctx(vm, t, true)?;
    native_buf(vm, &c)?.flush_w(vm)?;
    t.st.borrow_mut().detached = true;
    Ok(c.buffer)
}

/// Forward a no-argument method to the binary buffer.
fn t_forward(vm: &mut Vm, a: &[Value], f: NativeFn) -> PyResult<Value> {
    let t = text_self(vm, &a[0])?;
    let c = ctx(vm, t, false)?;
    f(vm, &[c.buffer], &[])
}

fn t_fileno(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    t_forward(vm, a, b_fileno)
}
fn t_isatty(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    t_forward(vm, a, b_isatty)
}
fn t_readable(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    t_forward(vm, a, b_readable)
}
fn t_writable(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    t_forward(vm, a, b_writable)
}
fn t_seekable(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    t_forward(vm, a, b_seekable)
}
fn t_name(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    t_forward(vm, a, b_name)
}
fn t_closed(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    t_forward(vm, a, b_closed)
}

fn t_iter(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let t = text_self(vm, &a[0])?;
    ctx(vm, t, true)?;
    Ok(a[0].clone())
}

fn t_mode(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let t = text_self(vm, &a[0])?;
    let m = t.st.borrow().mode.clone();
    Ok(m)
}
fn t_buffer(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let t = text_self(vm, &a[0])?;
    let c = ctx(vm, t, false)?;
    Ok(c.buffer)
}
fn t_encoding(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let t = text_self(vm, &a[0])?;
    let e = t.st.borrow().encoding.clone();
    Ok(e)
}
fn t_errors(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let t = text_self(vm, &a[0])?;
    let e = t.st.borrow().errors.clone();
    Ok(e)
}
fn t_line_buffering(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let t = text_self(vm, &a[0])?;
    let l = t.st.borrow().line_buffering;
    Ok(Value::Bool(l))
}
fn t_write_through(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    text_self(vm, &a[0])?;
    Ok(Value::Bool(false))
}
fn t_newlines(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let t = text_self(vm, &a[0])?;
    let seen = t.st.borrow().seen;
    let kinds: Vec<Value> = [(1, "\r"), (2, "\n"), (4, "\r\n")]
        .iter()
        .filter(|(bit, _)| seen & bit != 0)
        .map(|(_, s)| Value::str(s))
        .collect();
    Ok(match kinds.len() {
        0 => Value::None,
        1 => kinds.into_iter().next().unwrap(),
        _ => vm.new_tuple(kinds),
    })
}

fn t_repr(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let t = text_self(vm, &a[0])?;
    let (buffer, mode, enc) = {
        let s = t.st.borrow();
        (s.buffer.clone(), s.mode.clone(), s.encoding.clone())
    };
    let mut out = String::from("<_io.TextIOWrapper");
    if let Some(b) = bin_of(&buffer) {
        let name = b.st.borrow().name.clone();
        let r = vm.repr(&name)?;
        out.push_str(" name=");
        out.push_str(r.as_str());
    }
    if !mode.is_none() {
        let r = vm.repr(&mode)?;
        out.push_str(" mode=");
        out.push_str(r.as_str());
    }
    let r = vm.repr(&enc)?;
    out.push_str(" encoding=");
    out.push_str(r.as_str());
    out.push('>');
    Ok(Value::string(out))
}

// ---------------------------------------------------------------- open()

fn parse_mode(vm: &Vm, mode: &str) -> PyResult<(char, bool, bool)> {
    let valid = mode.chars().all(|c| "rwaxb+tU".contains(c));
    let mut uniq = true;
    for (i, c) in mode.char_indices() {
        if mode[i + c.len_utf8()..].contains(c) {
            uniq = false;
        }
    }
    if !valid || !uniq {
        return vm.value_error(format!("invalid mode: '{}'", mode));
    }
    let kinds: Vec<char> = mode.chars().filter(|c| "rwax".contains(*c)).collect();
    if kinds.is_empty() {
        return vm.value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        );
    }
    if kinds.len() != 1 {
        return vm.value_error("must have exactly one of create/read/write/append mode");
    }
    if mode.contains('b') && mode.contains('t') {
        return vm.value_error("can't have text and binary mode at once");
    }
    Ok((kinds[0], mode.contains('+'), mode.contains('b')))
}

fn opt_str(vm: &Vm, v: Option<&Value>, what: &str) -> PyResult<Option<Rc<PyStr>>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match v.as_pystr() {
            Some(s) => Ok(Some(s.clone())),
            None => vm.type_error(format!(
                "open() argument '{}' must be str or None, not {}",
                what,
                vm.type_name(v)
            )),
        },
    }
}

/// Allocate a native binary file object.
fn new_bin(vm: &mut Vm, cls: Ref, st: Bin) -> Value {
    let writable = st.writable;
    let dict = Some(vm.new_dict_ref(crate::dict::DictData::new()));
    let o = Object::new(
        cls,
        Payload::Native(Box::new(BinFile {
            st: RefCell::new(st),
        })),
        dict,
    );
    if writable {
        register_live(&o);
    }
    Value::Obj(o)
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None,
/// newline=None, closefd=True, opener=None)`.
fn f_open(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    drain(vm);
    const NAMES: [&str; 8] = [
        "file",
        "mode",
        "buffering",
        "encoding",
        "errors",
        "newline",
        "closefd",
        "opener",
    ];
    if a.len() > 8 {
        return vm.type_error(format!(
            "open() takes at most 8 arguments ({} given)",
            a.len()
        ));
    }
    let mut p: [Option<Value>; 8] = Default::default();
    for (i, v) in a.iter().enumerate() {
        p[i] = Some(v.clone());
    }
    for (k, v) in kw {
        match NAMES.iter().position(|n| *n == k.as_str()) {
            Some(i) => {
                if p[i].is_some() {
                    return vm.type_error(format!(
                        "argument for open() given by name ('{}') and position ({})",
                        k.as_str(),
                        i + 1
                    ));
                }
                p[i] = Some(v.clone());
            }
            None => {
                return vm.type_error(format!(
                    "'{}' is an invalid keyword argument for open()",
                    k.as_str()
                ))
            }
        }
    }
    let Some(mut file) = p[0].clone() else {
        return vm.type_error("open() missing required argument 'file' (pos 1)");
    };
    // Path-like objects.
    if !matches!(file, Value::Int(_) | Value::Bool(_)) && file.as_pystr().is_none() {
        if let Some(Payload::Bytes(b)) = file.payload() {
            file = Value::string(String::from_utf8_lossy(b).into_owned());
        } else if crate::runtime::num::as_int(&file).is_some() {
            // int subclass: a descriptor
        } else {
            let cls = vm.type_of(&file);
            match vm.lookup_type(&cls, "__fspath__") {
                Some(f) => {
                    let r = vm.call(&f, &[file.clone()], &[])?;
                    file = match r.payload() {
                        Some(Payload::Bytes(b)) => {
                            Value::string(String::from_utf8_lossy(b).into_owned())
                        }
                        _ => r,
                    };
                    if file.as_pystr().is_none() {
                        return vm.type_error(format!(
                            "expected {}.__fspath__() to return str or bytes, not {}",
                            vm.type_name(&p[0].clone().unwrap()),
                            vm.type_name(&file)
                        ));
                    }
                }
                None => {
                    return vm.type_error(format!(
                        "expected str, bytes or os.PathLike object, not {}",
                        vm.type_name(&file)
                    ))
                }
            }
        }
    }
    let mode: Rc<PyStr> = match &p[1] {
        None => Rc::new(PyStr::new("r")),
        Some(v) => match v.as_pystr() {
            Some(s) => s.clone(),
            None => {
                return vm.type_error(format!(
                    "open() argument 'mode' must be str, not {}",
                    vm.type_name(v)
                ))
            }
        },
    };
    let buffering = match &p[2] {
        None => -1,
        Some(v) => int_arg(vm, v)?,
    };
    let encoding = opt_str(vm, p[3].as_ref(), "encoding")?;
    let errors = opt_str(vm, p[4].as_ref(), "errors")?;
    let newline = opt_str(vm, p[5].as_ref(), "newline")?;
    let closefd = match &p[6] {
        None => true,
        Some(v) => vm.truthy(v)?,
    };
    let opener = p[7].clone().filter(|v| !v.is_none());
    let (kind, plus, binary) = parse_mode(vm, mode.as_str())?;
    if binary {
        if encoding.is_some() {
            return vm.value_error("binary mode doesn't take an encoding argument");
        }
        if errors.is_some() {
            return vm.value_error("binary mode doesn't take an errors argument");
        }
        if newline.is_some() {
            return vm.value_error("binary mode doesn't take a newline argument");
        }
    }
    if buffering == 0 && !binary {
        return vm.value_error("can't have unbuffered text I/O");
    }
    let nl = match newline.as_ref().map(|s| s.as_str()) {
        None => Nl::Univ,
        Some("") => Nl::Any,
        Some("\n") => Nl::Lf,
        Some("\r") => Nl::Cr,
        Some("\r\n") => Nl::CrLf,
        Some(other) => return vm.value_error(format!("illegal newline value: {}", other)),
    };
    // encoding="locale" is UTF-8 here (what CPython reports in UTF-8 mode).
    let encoding = encoding.filter(|e| e.as_str() != "locale");
    let enc = match encoding.as_ref() {
        None => Some(Enc::Utf8),
        Some(e) => match crate::types::codecs::codec_name(e.as_str()) {
            None => {
                return Err(vm.new_exc_msg(
                    &vm.exc.lookup_error,
                    format!("unknown encoding: {}", e.as_str()),
                ))
            }
            Some("utf-8") => Some(Enc::Utf8),
            Some("ascii") => Some(Enc::Ascii),
            Some("latin-1") => Some(Enc::Latin1),
            Some(_) => None,
        },
    };
    let Some(classes) = CLASSES.with(|c| {
        c.as_ref().map(|c| {
            [
                c.fileio.clone(),
                c.reader.clone(),
                c.writer.clone(),
                c.random.clone(),
                c.text.clone(),
                c.pytext.clone(),
            ]
        })
    }) else {
        return vm.os_error(38, None);
    };
    let (fd, closefd) = if let Some(n) = crate::runtime::num::as_int(&file) {
        let fd = match n {
            crate::runtime::num::IntVal::Small(n) => n,
            _ => return vm.os_error(9, None),
        };
        if fd < 0 {
            return vm.value_error("negative file descriptor");
        }
        (fd as i32, closefd)
    } else {
        if !closefd {
            return vm.value_error("Cannot use closefd=False with file name");
        }
        let path = String::from(file.as_pystr().unwrap().as_str());
        let mut flags = if plus {
            2
        } else if kind == 'r' {
            0
        } else {
            1
        };
        match kind {
            'w' => flags |= 0o100 | 0o1000,
            'a' => flags |= 0o100 | 0o2000,
            'x' => flags |= 0o100 | 0o200,
            _ => {}
        }
        let fd = if let Some(op) = &opener {
            let r = vm.call(op, &[file.clone(), Value::Int(flags)], &[])?;
            match crate::runtime::num::as_int(&r) {
                Some(crate::runtime::num::IntVal::Small(n)) if n >= 0 => n as i32,
                Some(crate::runtime::num::IntVal::Small(n)) => {
                    return vm.value_error(format!("opener returned {}", n))
                }
                _ => return vm.type_error("expected an integer from opener"),
            }
        } else {
            let r = match vm.port.fs() {
                Some(fs) => fs.open(&path, flags as i32, 0o666),
                None => Err(38),
            };
            match r {
                Ok(fd) => fd,
                Err(e) => return vm.os_error(e, Some(&path)),
            }
        };
        (fd, true)
    };
    // A directory cannot be opened as a file.
    let st = vm.port.fs().map(|fs| fs.fstat(fd));
    if let Some(Ok(s)) = st {
        if s.mode & 0o170000 == 0o040000 {
            if closefd {
                if let Some(fs) = vm.port.fs() {
                    let _ = fs.close(fd);
                }
            }
            let name = file.as_pystr().map(|s| String::from(s.as_str()));
            return vm.os_error(21, name.as_deref());
        }
    }
    if kind == 'a' {
        if let Some(fs) = vm.port.fs() {
            let _ = fs.seek(fd, 0, 2);
        }
    }
    let readable = kind == 'r' || plus;
    let writable = kind != 'r' || plus;
    let bkind = if buffering == 0 {
        Kind::Raw
    } else if plus {
        Kind::Random
    } else if kind == 'r' {
        Kind::Reader
    } else {
        Kind::Writer
    };
    let bmode: &'static str = match (kind, plus) {
        ('r', false) => "rb",
        ('w', false) => "wb",
        ('a', false) => "ab",
        ('x', false) => "xb",
        ('a', true) => "ab+",
        ('x', true) => "xb+",
        _ => "rb+",
    };
    let cls = classes[match bkind {
        Kind::Raw => 0,
        Kind::Reader => 1,
        Kind::Writer => 2,
        Kind::Random => 3,
    }]
    .clone();
    let bufsize = if buffering > 1 {
        buffering as usize
    } else {
        BUF
    };
    let bin = new_bin(
        vm,
        cls,
        Bin {
            fd,
            name: file.clone(),
            mode: bmode,
            kind: bkind,
            readable,
            writable,
            closefd,
            closed: false,
            rbuf: Vec::new(),
            rpos: 0,
            wbuf: Vec::new(),
            bufsize,
            gen: 0,
        },
    );
    if binary {
        return Ok(bin);
    }
    let tty = buffering == 1 || (buffering < 0 && vm.port.fs().map_or(false, |fs| fs.isatty(fd)));
    let errors_v = match &errors {
        Some(e) => Value::Str(e.clone()),
        None => Value::str("strict"),
    };
    let enc_v = match &encoding {
        Some(e) => Value::Str(e.clone()),
        None => Value::str("UTF-8"),
    };
    let Some(enc) = enc else {
        // Other codecs: the frozen Python TextIOWrapper over the native buffer.
        let nlv = match &newline {
            Some(s) => Value::Str(s.clone()),
            None => Value::None,
        };
        let t = vm.call(
            &Value::Obj(classes[5].clone()),
            &[bin, enc_v, errors_v, nlv, Value::Bool(tty)],
            &[],
        )?;
        let k = vm.intern("_mode");
        vm.setattr(&t, &k, Value::Str(mode))?;
        return Ok(t);
    };
    let dict = Some(vm.new_dict_ref(crate::dict::DictData::new()));
    Ok(Value::Obj(Object::new(
        classes[4].clone(),
        Payload::Native(Box::new(TextFile {
            st: RefCell::new(Text {
                buffer: bin,
                mode: Value::Str(mode),
                encoding: enc_v,
                enc,
                errors: errors_v,
                nl,
                line_buffering: tty,
                detached: false,
                seen: 0,
            }),
        })),
        dict,
    )))
}

fn add_props(vm: &mut Vm, ty: &Ref, props: &[(&'static str, NativeFn)]) {
    for &(n, f) in props {
        crate::modules::re::add_property(vm, ty, n, f);
    }
}

/// A class `_io.NAME` deriving from the frozen `io` class `base`, made like
/// a Python class so that its repr and `__module__` read `_io`.
fn heap_class(vm: &mut Vm, name: &'static str, base: &Ref) -> PyResult<Ref> {
    let d = vm.new_dict();
    vm.setitem(&d, Value::str("__module__"), Value::str("_io"))?;
    vm.setitem(
        &d,
        Value::str("__tp_name__"),
        Value::string(format!("_io.{}", name)),
    )?;
    let bases = vm.new_tuple(vec![Value::Obj(base.clone())]);
    let ty = Value::Obj(vm.types.type_.clone());
    match vm.call(&ty, &[Value::str(name), bases, d], &[])? {
        Value::Obj(o) if o.type_data().is_some() => Ok(o),
        _ => vm.type_error("class creation failed"),
    }
}

fn bin_class(vm: &mut Vm, name: &'static str, base: &Ref, raw: bool, read: bool) -> PyResult<Ref> {
    let t = heap_class(vm, name, base)?;
    let mut m: Vec<(&'static str, NativeFn)> = vec![
        ("write", b_write),
        ("writelines", b_writelines),
        ("seek", b_seek),
        ("tell", b_tell),
        ("truncate", b_truncate),
        ("flush", b_flush),
        ("close", b_close),
        ("fileno", b_fileno),
        ("isatty", b_isatty),
        ("readable", b_readable),
        ("writable", b_writable),
        ("seekable", b_seekable),
        ("__enter__", b_enter),
        ("__exit__", b_exit),
        ("__iter__", b_iter),
        ("__next__", b_next),
        ("__repr__", b_repr),
        ("read", b_read),
        ("readline", b_readline),
        ("readlines", b_readlines),
        ("readinto", b_readinto),
    ];
    if raw {
        m.push(("readall", b_readall));
    } else {
        m.push(("read1", b_read1));
        m.push(("detach", b_detach));
        if read {
            m.push(("peek", b_peek));
        }
    }
    add_methods(&vm.types, &t, &m);
    let mut props: Vec<(&'static str, NativeFn)> =
        vec![("name", b_name), ("mode", b_mode), ("closed", b_closed)];
    if raw {
        props.push(("closefd", b_closefd));
    }
    add_props(vm, &t, &props);
    Ok(t)
}

/// `_fileio._setup(TextIOWrapper, FileIO, BufferedReader, BufferedWriter,
/// BufferedRandom, UnsupportedOperation, IOBase)`: create the native classes
/// as subclasses of the frozen `io` classes; returns the native `StringIO`.
fn f_setup(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "_setup", a, 7, 7)?;
    let mut r = Vec::new();
    for v in a {
        match v.as_obj() {
            Some(o) if o.type_data().is_some() => r.push(o.clone()),
            _ => return vm.type_error("_setup() expects classes"),
        }
    }
    let text = heap_class(vm, "TextIOWrapper", &r[0])?;
    add_methods(
        &vm.types,
        &text,
        &[
            ("read", t_read),
            ("readline", t_readline),
            ("readlines", t_readlines),
            ("__next__", t_next),
            ("__iter__", t_iter),
            ("write", t_write),
            ("writelines", t_writelines),
            ("flush", t_flush),
            ("close", t_close),
            ("__enter__", t_enter),
            ("__exit__", t_close),
            ("tell", t_tell),
            ("seek", t_seek),
            ("truncate", t_truncate),
            ("detach", t_detach),
            ("fileno", t_fileno),
            ("isatty", t_isatty),
            ("readable", t_readable),
            ("writable", t_writable),
            ("seekable", t_seekable),
            ("__repr__", t_repr),
        ],
    );
    add_props(
        vm,
        &text,
        &[
            ("name", t_name),
            ("closed", t_closed),
            ("mode", t_mode),
            ("buffer", t_buffer),
            ("encoding", t_encoding),
            ("errors", t_errors),
            ("line_buffering", t_line_buffering),
            ("write_through", t_write_through),
            ("newlines", t_newlines),
        ],
    );
    let fileio = bin_class(vm, "FileIO", &r[1], true, true)?;
    let reader = bin_class(vm, "BufferedReader", &r[2], false, true)?;
    let writer = bin_class(vm, "BufferedWriter", &r[3], false, false)?;
    let random = bin_class(vm, "BufferedRandom", &r[4], false, true)?;
    let sio = stringio_class(vm, &r[6])?;
    CLASSES.with(|c| {
        *c = Some(Classes {
            text,
            fileio,
            reader,
            writer,
            random,
            pytext: r[0].clone(),
            unsupported: r[5].clone(),
        })
    });
    Ok(Value::Obj(sio))
}

/// Build the `_fileio` module.
pub fn make(vm: &mut Vm) -> PyResult<Ref> {
    let m = vm.new_module("_fileio");
    let fns: &[(&'static str, NativeFn)] = &[("open", f_open), ("_setup", f_setup)];
    for &(n, f) in fns {
        let v = vm.new_builtin(n, f);
        vm.set_attr_str(&m, n, v);
    }
    Ok(m)
}

// ---------------------------------------------------------------- StringIO

#[derive(Clone, Copy, PartialEq, Eq)]
enum SNl {
    /// `newline=None`: `\r\n` and `\r` written become `\n`.
    Univ,
    /// `newline=''`: lines end at `\n`, `\r` or `\r\n`; nothing translated.
    Any,
    Lf,
    Cr,
    CrLf,
}

struct Sio {
    s: String,
    /// Characters in `s`.
    nchars: usize,
    /// Position in characters (may be past the end).
    pos: usize,
    /// Byte index of `pos` in `s` (valid while `pos <= nchars`).
    bpos: usize,
    nl: SNl,
    closed: bool,
}

impl Sio {
    fn ascii(&self) -> bool {
        self.s.len() == self.nchars
    }

    /// Byte index `n` characters after byte index `from` (clipped to the end).
    fn advance(&self, from: usize, n: usize) -> usize {
        if self.ascii() {
            return (from + n).min(self.s.len());
        }
        match self.s[from..].char_indices().nth(n) {
            Some((i, _)) => from + i,
            None => self.s.len(),
        }
    }

    fn set_pos(&mut self, pos: usize) {
        self.pos = pos;
        if pos <= self.nchars {
            self.bpos = self.advance(0, pos);
        }
    }
}

/// A native `io.StringIO`.
pub struct StringIo {
    st: RefCell<Sio>,
}

impl NativeObject for StringIo {
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn sio_self<'a>(vm: &Vm, v: &'a Value, check: bool) -> PyResult<&'a StringIo> {
    let s = match v.payload() {
        Some(Payload::Native(n)) => n.as_any().downcast_ref::<StringIo>(),
        _ => None,
    };
    match s {
        Some(s) => {
            if check && s.st.borrow().closed {
                return Err(closed_nodot(vm));
            }
            Ok(s)
        }
        None => vm.type_error(format!(
            "descriptor requires a '_io.StringIO' object but received '{}'",
            vm.type_name(v)
        )),
    }
}

fn sio_translate(nl: SNl, s: &str) -> Option<String> {
    match nl {
        SNl::Univ if s.contains('\r') => Some(s.replace("\r\n", "\n").replace('\r', "\n")),
        SNl::Cr if s.contains('\n') => Some(s.replace('\n', "\r")),
        SNl::CrLf if s.contains('\n') => Some(s.replace('\n', "\r\n")),
        _ => None,
    }
}

fn sio_new(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let cls = match a.first().and_then(|c| c.as_obj()) {
        Some(c) if c.type_data().is_some() => c.clone(),
        _ => return vm.type_error("StringIO.__new__(X): X is not a type object"),
    };
    let dict = Some(vm.new_dict_ref(crate::dict::DictData::new()));
    Ok(Value::Obj(Object::new(
        cls,
        Payload::Native(Box::new(StringIo {
            st: RefCell::new(Sio {
                s: String::new(),
                nchars: 0,
                pos: 0,
                bpos: 0,
                nl: SNl::Lf,
                closed: false,
            }),
        })),
        dict,
    )))
}

fn sio_init(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_kwargs(vm, "StringIO", kw, &["initial_value", "newline"])?;
    if a.len() > 3 {
        return vm.type_error(format!(
            "StringIO() takes at most 2 arguments ({} given)",
            a.len() - 1
        ));
    }
    let sio = sio_self(vm, &a[0], false)?;
    let nl = match arg(a, kw, 2, "newline") {
        None => SNl::Lf,
        Some(Value::None) => SNl::Univ,
        Some(v) => match v.as_pystr() {
            None => {
                return vm.type_error(format!(
                    "newline must be str or None, not {}",
                    vm.type_name(v)
                ))
            }
            Some(s) => match s.as_str() {
                "" => SNl::Any,
                "\n" => SNl::Lf,
                "\r" => SNl::Cr,
                "\r\n" => SNl::CrLf,
                _ => {
                    let r = vm.repr(v)?;
                    return vm.value_error(format!("illegal newline value: {}", r.as_str()));
                }
            },
        },
    };
    let init = match arg(a, kw, 1, "initial_value") {
        None | Some(Value::None) => Rc::new(PyStr::new("")),
        Some(v) => match v.as_pystr() {
            Some(s) => s.clone(),
            None => {
                return vm.type_error(format!(
                    "initial_value must be str or None, not {}",
                    vm.type_name(v)
                ))
            }
        },
    };
    let (s, n) = match sio_translate(nl, init.as_str()) {
        Some(t) => {
            let n = t.chars().count();
            (t, n)
        }
        None => (String::from(init.as_str()), init.char_len()),
    };
    let mut st = sio.st.borrow_mut();
    *st = Sio {
        s,
        nchars: n,
        pos: 0,
        bpos: 0,
        nl,
        closed: false,
    };
    Ok(Value::None)
}

fn sio_write(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "write", a, 2, 2)?;
    let sio = sio_self(vm, &a[0], true)?;
    let Some(text) = a[1].as_pystr() else {
        return vm.type_error(format!(
            "string argument expected, got '{}'",
            vm.type_name(&a[1])
        ));
    };
    let ret = text.char_len();
    let mut st = sio.st.borrow_mut();
    let tr = sio_translate(st.nl, text.as_str());
    let (t, n): (&str, usize) = match &tr {
        Some(t) => (t.as_str(), t.chars().count()),
        None => (text.as_str(), ret),
    };
    if n == 0 {
        return Ok(Value::Int(0));
    }
    let st = &mut *st;
    if st.pos >= st.nchars {
        if st.pos > st.nchars {
            let pad = st.pos - st.nchars;
            st.s.extend(core::iter::repeat('\0').take(pad));
            st.nchars = st.pos;
        }
        st.s.push_str(t);
        st.nchars += n;
        st.bpos = st.s.len();
    } else {
        let start = st.bpos;
        let end = st.advance(start, n);
        let replaced = if st.ascii() {
            end - start
        } else {
            st.s[start..end].chars().count()
        };
        st.s.replace_range(start..end, t);
        st.nchars = st.nchars - replaced + n;
        st.bpos = start + t.len();
    }
    st.pos += n;
    Ok(Value::Int(ret as i64))
}

fn sio_read(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let sio = sio_self(vm, &a[0], true)?;
    let n = size_arg(vm, arg(a, kw, 1, "size"))?;
    let mut st = sio.st.borrow_mut();
    if st.pos >= st.nchars {
        return Ok(Value::str(""));
    }
    let start = st.bpos;
    let (end, k) = match n {
        None => (st.s.len(), st.nchars - st.pos),
        Some(n) => {
            let e = st.advance(start, n);
            let k = if st.ascii() {
                e - start
            } else {
                st.s[start..e].chars().count()
            };
            (e, k)
        }
    };
    let out = Value::str(&st.s[start..end]);
    st.pos += k;
    st.bpos = end;
    Ok(out)
}

fn sio_line(sio: &StringIo, limit: Option<usize>) -> Value {
    let mut st = sio.st.borrow_mut();
    if st.pos >= st.nchars {
        return Value::str("");
    }
    let start = st.bpos;
    let b = &st.s.as_bytes()[start..];
    let end = match st.nl {
        SNl::Univ | SNl::Lf => b.iter().position(|&c| c == b'\n').map(|i| i + 1),
        SNl::Cr => b.iter().position(|&c| c == b'\r').map(|i| i + 1),
        SNl::CrLf => find_line(b, 0, Nl::CrLf, true).map(|(e, _)| e),
        SNl::Any => find_line(b, 0, Nl::Any, true).map(|(e, _)| e),
    }
    .unwrap_or(b.len());
    let mut end = start + end;
    let mut k = if st.ascii() {
        end - start
    } else {
        st.s[start..end].chars().count()
    };
    if let Some(l) = limit {
        if l < k {
            end = st.advance(start, l);
            k = l;
        }
    }
    let out = Value::str(&st.s[start..end]);
    st.pos += k;
    st.bpos = end;
    out
}

fn sio_readline(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let sio = sio_self(vm, &a[0], true)?;
    let n = size_arg(vm, arg(a, kw, 1, "size"))?;
    Ok(sio_line(sio, n))
}

fn sio_next(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let sio = sio_self(vm, &a[0], true)?;
    let line = sio_line(sio, None);
    if matches!(&line, Value::Str(s) if s.as_str().is_empty()) {
        return Err(vm.new_exception(&vm.exc.stop_iteration, Vec::new()));
    }
    Ok(line)
}

fn sio_getvalue(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let sio = sio_self(vm, &a[0], true)?;
    let st = sio.st.borrow();
    Ok(Value::str(&st.s))
}

fn sio_seek(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "seek", a, 2, 3)?;
    let sio = sio_self(vm, &a[0], true)?;
    let pos = int_arg(vm, &a[1])?;
    let wh = match arg(a, kw, 2, "whence") {
        Some(v) => int_arg(vm, v)?,
        None => 0,
    };
    let mut st = sio.st.borrow_mut();
    match wh {
        0 => {
            if pos < 0 {
                return vm.value_error(format!("Negative seek position {}", pos));
            }
            st.set_pos(pos as usize);
        }
        1 | 2 => {
            if pos != 0 {
                drop(st);
                return Err(vm.new_exc_msg(&vm.exc.os_error, "Can't do nonzero cur-relative seeks"));
            }
            if wh == 2 {
                st.pos = st.nchars;
                st.bpos = st.s.len();
            }
        }
        _ => return vm.value_error(format!("Invalid whence ({}, should be 0, 1 or 2)", wh)),
    }
    Ok(Value::Int(st.pos as i64))
}

fn sio_tell(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let sio = sio_self(vm, &a[0], true)?;
    let p = sio.st.borrow().pos;
    Ok(Value::Int(p as i64))
}

fn sio_truncate(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let sio = sio_self(vm, &a[0], true)?;
    let size = match arg(a, kw, 1, "pos") {
        None | Some(Value::None) => sio.st.borrow().pos as i64,
        Some(v) => int_arg(vm, v)?,
    };
    if size < 0 {
        return vm.value_error(format!("Negative size value {}", size));
    }
    let mut st = sio.st.borrow_mut();
    let size_u = size as usize;
    if size_u < st.nchars {
        let cut = st.advance(0, size_u);
        st.s.truncate(cut);
        st.nchars = size_u;
    }
    Ok(Value::Int(size))
}

fn sio_close(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let sio = sio_self(vm, &a[0], false)?;
    let mut st = sio.st.borrow_mut();
    st.closed = true;
    st.s = String::new();
    st.nchars = 0;
    st.bpos = 0;
    Ok(Value::None)
}

fn sio_flush(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    sio_self(vm, &a[0], false)?;
    Ok(Value::None)
}

fn sio_true(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    sio_self(vm, &a[0], true)?;
    Ok(Value::Bool(true))
}

fn sio_closed(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let sio = sio_self(vm, &a[0], false)?;
    let c = sio.st.borrow().closed;
    Ok(Value::Bool(c))
}

fn sio_none(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    sio_self(vm, &a[0], false)?;
    Ok(Value::None)
}

fn sio_false(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    sio_self(vm, &a[0], false)?;
    Ok(Value::Bool(false))
}

/// The native `StringIO` class (a subclass of the frozen `io.IOBase`).
fn stringio_class(vm: &mut Vm, iobase: &Ref) -> PyResult<Ref> {
    let t = heap_class(vm, "StringIO", iobase)?;
    add_methods(
        &vm.types,
        &t,
        &[
            ("__init__", sio_init),
            ("write", sio_write),
            ("read", sio_read),
            ("readline", sio_readline),
            ("__next__", sio_next),
            ("getvalue", sio_getvalue),
            ("seek", sio_seek),
            ("tell", sio_tell),
            ("truncate", sio_truncate),
            ("close", sio_close),
            ("flush", sio_flush),
            ("readable", sio_true),
            ("writable", sio_true),
            ("seekable", sio_true),
        ],
    );
    add_props(
        vm,
        &t,
        &[
            ("closed", sio_closed),
            ("newlines", sio_none),
            ("line_buffering", sio_false),
        ],
    );
    let new = vm.new_builtin("StringIO.__new__", sio_new);
    let sm = Value::Obj(Object::new(
        vm.types.staticmethod.clone(),
        Payload::StaticMethod(new),
        None,
    ));
    set_type_attr(&t, "__new__", sm);
    Ok(t)
}
