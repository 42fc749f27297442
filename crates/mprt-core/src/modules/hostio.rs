//! `_os` and `_time`: thin native primitives over the [`Port`](crate::port::Port)
//! (file handles, directories, stat, clocks, sleep). The user-facing `os`,
//! `io` and `time` modules are frozen Python built on these.

use crate::object::NativeFn;
use crate::port::Stat;
use crate::value::{Ref, Value};
use crate::vm::call::KwArgs;
use crate::vm::Vm;
use crate::PyResult;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

fn arg_str(vm: &Vm, args: &[Value], i: usize, f: &str) -> PyResult<String> {
    match args.get(i).and_then(|a| a.as_pystr()) {
        Some(s) => Ok(String::from(s.as_str())),
        None => match args.get(i) {
            Some(a) => vm.type_error(alloc::format!(
                "{}: path should be string, bytes or os.PathLike, not {}",
                f,
                vm.type_name(a)
            )),
            None => vm.type_error(alloc::format!("{}() missing required argument", f)),
        },
    }
}

fn arg_int(vm: &Vm, args: &[Value], i: usize, default: i64) -> PyResult<i64> {
    match args.get(i) {
        None | Some(Value::None) => Ok(default),
        Some(v) => match crate::runtime::num::as_int(v) {
            Some(crate::runtime::num::IntVal::Small(n)) => Ok(n),
            _ => vm.type_error(alloc::format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            )),
        },
    }
}

fn no_fs<T>(vm: &Vm) -> PyResult<T> {
    vm.os_error(38, None)
}

macro_rules! fs {
    ($vm:expr) => {
        match $vm.port.fs() {
            Some(f) => f,
            None => return no_fs($vm),
        }
    };
}

fn stat_tuple(vm: &Vm, s: Stat) -> Value {
    let v = vec![
        Value::Int(s.mode as i64),
        Value::Int(s.ino as i64),
        Value::Int(s.dev as i64),
        Value::Int(s.nlink as i64),
        Value::Int(s.uid as i64),
        Value::Int(s.gid as i64),
        Value::Int(s.size as i64),
        Value::Int(s.atime),
        Value::Int(s.mtime),
        Value::Int(s.ctime),
    ];
    vm.new_tuple(v)
}

fn os_open(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    crate::modules::fileio::drain(vm);
    let p = arg_str(vm, a, 0, "open")?;
    let flags = arg_int(vm, a, 1, 0)? as i32;
    let mode = arg_int(vm, a, 2, 0o666)? as u32;
    match fs!(vm).open(&p, flags, mode) {
        Ok(fd) => Ok(Value::Int(fd as i64)),
        Err(e) => vm.os_error(e, Some(&p)),
    }
}
fn os_read(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    crate::modules::fileio::drain(vm);
    let fd = arg_int(vm, a, 0, 0)? as i32;
    let n = arg_int(vm, a, 1, -1)?;
    if n < 0 {
        let mut out = Vec::new();
        loop {
            let b = fd_read(vm, fd, 65536)?;
            if b.is_empty() {
                break;
            }
            out.extend_from_slice(&b);
        }
        return Ok(vm.new_bytes(out));
    }
    let b = fd_read(vm, fd, n as usize)?;
    Ok(vm.new_bytes(b))
}

/// Read from a descriptor, with the GIL released when the port allows it.
fn fd_read(vm: &mut Vm, fd: i32, n: usize) -> PyResult<Vec<u8>> {
    if let Some(b) = vm.blocking_io(|io| io.read(fd, n))? {
        return Ok(b);
    }
    match fs!(vm).read(fd, n) {
        Ok(b) => Ok(b),
        Err(e) => vm.os_error(e, None),
    }
}
fn os_write(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let fd = arg_int(vm, a, 0, 0)? as i32;
    let data = match a
        .get(1)
        .and_then(|v| crate::types::bytes::buffer_bytes(vm, v))
    {
        Some(d) => d,
        None => return vm.type_error("a bytes-like object is required"),
    };
    if let Some(n) = vm.blocking_io(|io| io.write(fd, &data))? {
        return Ok(Value::Int(n as i64));
    }
    match fs!(vm).write(fd, &data) {
        Ok(n) => Ok(Value::Int(n as i64)),
        Err(e) => vm.os_error(e, None),
    }
}
fn os_lseek(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    crate::modules::fileio::drain(vm);
    let fd = arg_int(vm, a, 0, 0)? as i32;
    let off = arg_int(vm, a, 1, 0)?;
    let wh = arg_int(vm, a, 2, 0)? as i32;
    match fs!(vm).seek(fd, off, wh) {
        Ok(n) => Ok(Value::Int(n as i64)),
        Err(e) => vm.os_error(e, None),
    }
}
fn os_close(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let fd = arg_int(vm, a, 0, 0)? as i32;
    match fs!(vm).close(fd) {
        Ok(()) => Ok(Value::None),
        Err(e) => vm.os_error(e, None),
    }
}
fn os_fstat(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    crate::modules::fileio::drain(vm);
    let fd = arg_int(vm, a, 0, 0)? as i32;
    match fs!(vm).fstat(fd) {
        Ok(s) => Ok(stat_tuple(vm, s)),
        Err(e) => vm.os_error(e, None),
    }
}
fn os_ftruncate(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let fd = arg_int(vm, a, 0, 0)? as i32;
    let n = arg_int(vm, a, 1, 0)?;
    match fs!(vm).ftruncate(fd, n.max(0) as u64) {
        Ok(()) => Ok(Value::None),
        Err(e) => vm.os_error(e, None),
    }
}
fn os_isatty(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let fd = arg_int(vm, a, 0, 0)? as i32;
    Ok(Value::Bool(fs!(vm).isatty(fd)))
}
fn os_listdir(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    crate::modules::fileio::drain(vm);
    let p = if a.is_empty() {
        String::from(".")
    } else {
        arg_str(vm, a, 0, "listdir")?
    };
    match fs!(vm).listdir(&p) {
        Ok(mut names) => {
            names.sort();
            let v = names.into_iter().map(Value::string).collect();
            Ok(vm.new_list(v))
        }
        Err(e) => vm.os_error(e, Some(&p)),
    }
}
fn os_mkdir(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let p = arg_str(vm, a, 0, "mkdir")?;
    let mode = arg_int(vm, a, 1, 0o777)? as u32;
    match fs!(vm).mkdir(&p, mode) {
        Ok(()) => Ok(Value::None),
        Err(e) => vm.os_error(e, Some(&p)),
    }
}
fn os_rmdir(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let p = arg_str(vm, a, 0, "rmdir")?;
    match fs!(vm).rmdir(&p) {
        Ok(()) => Ok(Value::None),
        Err(e) => vm.os_error(e, Some(&p)),
    }
}
fn os_remove(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    crate::modules::fileio::drain(vm);
    let p = arg_str(vm, a, 0, "remove")?;
    match fs!(vm).remove(&p) {
        Ok(()) => Ok(Value::None),
        Err(e) => vm.os_error(e, Some(&p)),
    }
}
fn os_rename(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    crate::modules::fileio::drain(vm);
    let p = arg_str(vm, a, 0, "rename")?;
    let q = arg_str(vm, a, 1, "rename")?;
    match fs!(vm).rename(&p, &q) {
        Ok(()) => Ok(Value::None),
        Err(e) => {
            let cls = crate::vm::types::os_error_class(&vm.exc, e);
            let args = vec![
                Value::Int(e as i64),
                Value::str(crate::modules::errno::strerror(e)),
                Value::string(p),
                Value::None,
                Value::string(q),
            ];
            let e = vm.new_exception(&cls, args);
            crate::types::exception::os_error_split_args(vm, &e);
            Err(e)
        }
    }
}
fn os_getcwd(vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    match fs!(vm).getcwd() {
        Ok(s) => Ok(Value::string(s)),
        Err(e) => vm.os_error(e, None),
    }
}
fn os_chdir(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let p = arg_str(vm, a, 0, "chdir")?;
    match fs!(vm).chdir(&p) {
        Ok(()) => Ok(Value::None),
        Err(e) => vm.os_error(e, Some(&p)),
    }
}
fn os_stat(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    crate::modules::fileio::drain(vm);
    let p = arg_str(vm, a, 0, "stat")?;
    match vm.port.stat(&p) {
        Ok(s) => Ok(stat_tuple(vm, s)),
        Err(e) => vm.os_error(e, Some(&p)),
    }
}
fn os_getenv(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let p = arg_str(vm, a, 0, "getenv")?;
    match vm.port.getenv(&p) {
        Some(s) => Ok(Value::string(s)),
        None => Ok(Value::None),
    }
}
/// `os.uname()`: a `posix.uname_result` struct sequence.
fn os_uname(vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let Some(u) = vm.port.uname() else {
        return vm.os_error(crate::modules::errno::ENOSYS, None);
    };
    let vals = u.into_iter().map(Value::string).collect();
    crate::types::struct_seq::struct_seq(
        vm,
        "posix",
        "uname_result",
        &["sysname", "nodename", "release", "version", "machine"],
        vals,
    )
}
fn os_urandom(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let n = arg_int(vm, a, 0, 0)?;
    if n < 0 {
        return vm.value_error("negative argument not allowed");
    }
    let mut b = vec![0u8; n as usize];
    vm.port.urandom(&mut b);
    Ok(vm.new_bytes(b))
}

fn t_time_ns(vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let t = vm.port.time_ns();
    Ok(vm.new_bigint(num_bigint::BigInt::from(t)))
}
fn t_monotonic_ns(vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let t = vm.port.monotonic_ns();
    Ok(vm.new_bigint(num_bigint::BigInt::from(t)))
}
fn t_sleep_ns(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let n = match a.first() {
        Some(Value::Float(f)) => *f as i64,
        _ => arg_int(vm, a, 0, 0)?,
    };
    if n <= 0 {
        return Ok(Value::None);
    }
    // Releases the GIL; an interrupted sleep runs signal handlers and resumes.
    vm.sleep_ns(n as u64)?;
    Ok(Value::None)
}

/// Build the `_os` module.
pub fn make_os(vm: &mut Vm) -> PyResult<Ref> {
    let m = vm.new_module("_os");
    let fns: &[(&'static str, NativeFn)] = &[
        ("open", os_open),
        ("read", os_read),
        ("write", os_write),
        ("lseek", os_lseek),
        ("close", os_close),
        ("fstat", os_fstat),
        ("ftruncate", os_ftruncate),
        ("isatty", os_isatty),
        ("listdir", os_listdir),
        ("mkdir", os_mkdir),
        ("rmdir", os_rmdir),
        ("remove", os_remove),
        ("rename", os_rename),
        ("getcwd", os_getcwd),
        ("chdir", os_chdir),
        ("stat", os_stat),
        ("getenv", os_getenv),
        ("urandom", os_urandom),
        ("uname", os_uname),
    ];
    for &(n, f) in fns {
        let v = vm.new_builtin(n, f);
        vm.set_attr_str(&m, n, v);
    }
    Ok(m)
}

/// Build the `_time` module.
pub fn make_time(vm: &mut Vm) -> PyResult<Ref> {
    let m = vm.new_module("_time");
    let fns: &[(&'static str, NativeFn)] = &[
        ("time_ns", t_time_ns),
        ("monotonic_ns", t_monotonic_ns),
        ("sleep_ns", t_sleep_ns),
    ];
    for &(n, f) in fns {
        let v = vm.new_builtin(n, f);
        vm.set_attr_str(&m, n, v);
    }
    Ok(m)
}
