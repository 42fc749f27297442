//! `errno`: POSIX error numbers (Linux values) and their messages.

use crate::value::{Ref, Value};
use crate::vm::Vm;
use crate::PyResult;

macro_rules! errnos {
    ($($name:ident = $val:literal : $msg:literal),* $(,)?) => {
        $(#[allow(missing_docs)] pub const $name: i32 = $val;)*
        /// All (name, value, message) triples.
        pub const ALL: &[(&str, i32, &str)] = &[$((stringify!($name), $val, $msg)),*];
    };
}

errnos! {
    EPERM = 1: "Operation not permitted",
    ENOENT = 2: "No such file or directory",
    ESRCH = 3: "No such process",
    EINTR = 4: "Interrupted system call",
    EIO = 5: "Input/output error",
    ENXIO = 6: "No such device or address",
    E2BIG = 7: "Argument list too long",
    ENOEXEC = 8: "Exec format error",
    EBADF = 9: "Bad file descriptor",
    ECHILD = 10: "No child processes",
    EAGAIN = 11: "Resource temporarily unavailable",
    ENOMEM = 12: "Cannot allocate memory",
    EACCES = 13: "Permission denied",
    EFAULT = 14: "Bad address",
    EBUSY = 16: "Device or resource busy",
    EEXIST = 17: "File exists",
    EXDEV = 18: "Invalid cross-device link",
    ENODEV = 19: "No such device",
    ENOTDIR = 20: "Not a directory",
    EISDIR = 21: "Is a directory",
    EINVAL = 22: "Invalid argument",
    ENFILE = 23: "Too many open files in system",
    EMFILE = 24: "Too many open files",
    ENOTTY = 25: "Inappropriate ioctl for device",
    EFBIG = 27: "File too large",
    ENOSPC = 28: "No space left on device",
    ESPIPE = 29: "Illegal seek",
    EROFS = 30: "Read-only file system",
    EMLINK = 31: "Too many links",
    EPIPE = 32: "Broken pipe",
    EDOM = 33: "Numerical argument out of domain",
    ERANGE = 34: "Numerical result out of range",
    EDEADLK = 35: "Resource deadlock avoided",
    ENAMETOOLONG = 36: "File name too long",
    ENOSYS = 38: "Function not implemented",
    ENOTEMPTY = 39: "Directory not empty",
    ELOOP = 40: "Too many levels of symbolic links",
    ENOTSOCK = 88: "Socket operation on non-socket",
    EDESTADDRREQ = 89: "Destination address required",
    EMSGSIZE = 90: "Message too long",
    EPROTOTYPE = 91: "Protocol wrong type for socket",
    ENOPROTOOPT = 92: "Protocol not available",
    EPROTONOSUPPORT = 93: "Protocol not supported",
    EOPNOTSUPP = 95: "Operation not supported",
    EAFNOSUPPORT = 97: "Address family not supported by protocol",
    EADDRINUSE = 98: "Address already in use",
    EADDRNOTAVAIL = 99: "Cannot assign requested address",
    ENETDOWN = 100: "Network is down",
    ENETUNREACH = 101: "Network is unreachable",
    ECONNABORTED = 103: "Software caused connection abort",
    ECONNRESET = 104: "Connection reset by peer",
    ENOBUFS = 105: "No buffer space available",
    EISCONN = 106: "Transport endpoint is already connected",
    ENOTCONN = 107: "Transport endpoint is not connected",
    ETIMEDOUT = 110: "Connection timed out",
    ECONNREFUSED = 111: "Connection refused",
    EHOSTUNREACH = 113: "No route to host",
    EALREADY = 114: "Operation already in progress",
    EINPROGRESS = 115: "Operation now in progress",
}

/// `EWOULDBLOCK` is `EAGAIN` on Linux.
pub const EWOULDBLOCK: i32 = EAGAIN;

/// The strerror text of an errno.
pub fn strerror(e: i32) -> &'static str {
    ALL.iter()
        .find(|(_, v, _)| *v == e)
        .map(|(_, _, m)| *m)
        .unwrap_or("Unknown error")
}

/// Build the `errno` module.
pub fn make(vm: &mut Vm) -> PyResult<Ref> {
    let m = vm.new_module("errno");
    let codes = vm.new_dict();
    for (name, val, _) in ALL {
        vm.set_attr_str(&m, name, Value::Int(*val as i64));
        vm.dict_set(&codes, Value::Int(*val as i64), Value::str(name))?;
    }
    vm.set_attr_str(&m, "EWOULDBLOCK", Value::Int(EWOULDBLOCK as i64));
    // Linux aliases: CPython's errorcode names 95 ENOTSUP (added after EOPNOTSUPP).
    vm.set_attr_str(&m, "ENOTSUP", Value::Int(EOPNOTSUPP as i64));
    vm.dict_set(&codes, Value::Int(EOPNOTSUPP as i64), Value::str("ENOTSUP"))?;
    vm.set_attr_str(&m, "EDEADLOCK", Value::Int(EDEADLK as i64));
    vm.dict_set(&codes, Value::Int(EDEADLK as i64), Value::str("EDEADLOCK"))?;
    vm.set_attr_str(&m, "errorcode", codes);
    Ok(m)
}
