//! `bytes` and `bytearray`: construction, the shared methods, bytearray
//! mutation, `%`-formatting and text codecs (utf-8, ascii, latin-1).

use crate::object::*;
use crate::runtime::num::{as_float, as_int, IntVal};
use crate::value::{Ref, Value};
use crate::vm::call::KwArgs;
use crate::vm::Vm;
use crate::PyResult;
use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use mprt_compiler::bytecode::{binop, cmpop};

/// The bytes of any buffer-protocol object (bytes, bytearray, memoryview, array).
pub fn buffer_bytes(_vm: &Vm, v: &Value) -> Option<Vec<u8>> {
    raw_buffer_bytes(v)
}

/// [`buffer_bytes`] without a VM.
pub fn raw_buffer_bytes(v: &Value) -> Option<Vec<u8>> {
    match v.payload()? {
        Payload::Bytes(b) => Some(b.to_vec()),
        Payload::ByteArray(b) => Some(b.borrow().clone()),
        Payload::Native(n) => {
            if let Some(mv) = n
                .as_any()
                .downcast_ref::<crate::types::memoryview::MemoryView>()
            {
                return mv.bytes();
            }
            if let Some(a) = n.as_any().downcast_ref::<crate::modules::array::ArrayObj>() {
                return Some(a.data.borrow().clone());
            }
            // uctypes.struct / FrameBuffer: a window onto another buffer.
            let (owner, off, len) = crate::modules::extbuf::delegate(v)?;
            let b = raw_buffer_bytes(&owner)?;
            let end = off.saturating_add(len).min(b.len());
            Some(b[off.min(end)..end].to_vec())
        }
        _ => None,
    }
}

/// The byte length of a buffer-protocol object, without copying where
/// possible.
pub fn raw_buffer_len(v: &Value) -> Option<usize> {
    match v.payload()? {
        Payload::Bytes(b) => Some(b.len()),
        Payload::ByteArray(b) => Some(b.try_borrow().ok()?.len()),
        _ => raw_buffer_bytes(v).map(|b| b.len()),
    }
}

/// Refuse an allocation of `n` bytes that exceeds the heap limit or cannot be made.
pub fn room(vm: &Vm, n: usize) -> PyResult<()> {
    if n > crate::modules::heap_limit() || Vec::<u8>::new().try_reserve_exact(n).is_err() {
        return vm.memory_error();
    }
    Ok(())
}

fn is_ba(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::ByteArray(_)))
}

/// A new bytes or bytearray value of the same kind as `like`.
fn mk(vm: &Vm, like: &Value, v: Vec<u8>) -> Value {
    if is_ba(like) {
        vm.new_bytearray(v)
    } else {
        vm.new_bytes(v)
    }
}

/// `like` itself when it is an exact `bytes` (CPython returns the same object
/// when a transformation changes nothing), else a new object holding `v`.
fn mk_same(vm: &Vm, like: &Value, v: Vec<u8>) -> Value {
    if let Value::Obj(o) = like {
        if matches!(o.payload, Payload::Bytes(_))
            && alloc::rc::Rc::ptr_eq(&o.class.borrow(), &vm.types.bytes)
        {
            return like.clone();
        }
    }
    mk(vm, like, v)
}

fn me(vm: &Vm, args: &[Value]) -> Vec<u8> {
    args.first()
        .and_then(|a| buffer_bytes(vm, a))
        .unwrap_or_default()
}

/// A bytes-like argument or "a bytes-like object is required" TypeError.
fn arg_buf(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    match buffer_bytes(vm, v) {
        Some(b) => Ok(b),
        None => vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        )),
    }
}

/// Positional-or-keyword argument `i` (0-based after self) named `name`.
fn arg<'a>(args: &'a [Value], kw: &'a KwArgs, i: usize, name: &str) -> Option<&'a Value> {
    args.get(i + 1).or_else(|| crate::builtins::kwarg(kw, name))
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    if let Some(IntVal::Big(_)) = as_int(v) {
        return vm.value_error("byte must be in range(0, 256)");
    }
    match vm.index_value(v, "")? {
        Some(i) if (0..256).contains(&i) => Ok(i as u8),
        Some(_) => vm.value_error("byte must be in range(0, 256)"),
        None => vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        )),
    }
}

// ---------------------------------------------------------------- codecs

/// Decode bytes with a codec and error handler (see `types::codecs`).
pub fn decode_bytes(vm: &mut Vm, b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    crate::types::codecs::decode(vm, b, encoding, errors)
}

/// Encode a str with a codec and error handler (see `types::codecs`).
pub fn encode_str(vm: &mut Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    crate::types::codecs::encode(vm, s, encoding, errors)
}

fn unicode_err_str(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    unicode_error_str(vm, &args[0])
}

/// `str()` of a UnicodeDecodeError/UnicodeEncodeError with its 5 args.
pub fn unicode_error_str(vm: &mut Vm, e: &Value) -> PyResult<Value> {
    let a = match e.payload() {
        Some(Payload::Exception(d)) => d.borrow().args.clone(),
        _ => None,
    };
    let items = a
        .map(|t| crate::types::seq::seq_items(&t))
        .unwrap_or_default();
    if items.len() != 5 {
        return match items.len() {
            0 => Ok(Value::str("")),
            1 => Ok(Value::Str(vm.to_str(&items[0])?)),
            _ => {
                let t = vm.new_tuple(items);
                Ok(Value::Str(vm.repr(&t)?))
            }
        };
    }
    let enc = vm.to_str(&items[0])?;
    let start = match items[2] {
        Value::Int(i) => i as usize,
        _ => 0,
    };
    let end = match items[3] {
        Value::Int(i) => i as usize,
        _ => 0,
    };
    let reason = vm.to_str(&items[4])?;
    if let Some(b) = buffer_bytes(vm, &items[1]) {
        if end == start + 1 && start < b.len() {
            return Ok(Value::string(format!(
                "'{}' codec can't decode byte 0x{:02x} in position {}: {}",
                enc.as_str(),
                b[start],
                start,
                reason.as_str()
            )));
        }
        return Ok(Value::string(format!(
            "'{}' codec can't decode bytes in position {}-{}: {}",
            enc.as_str(),
            start,
            end.saturating_sub(1),
            reason.as_str()
        )));
    }
    if let Some(s) = items[1].as_pystr() {
        if end == start + 1 {
            let c = s.as_str().chars().nth(start).unwrap_or('\0');
            let n = c as u32;
            let esc = if n < 0x100 {
                format!("\\x{:02x}", n)
            } else if n < 0x10000 {
                format!("\\u{:04x}", n)
            } else {
                format!("\\U{:08x}", n)
            };
            return Ok(Value::string(format!(
                "'{}' codec can't encode character '{}' in position {}: {}",
                enc.as_str(),
                esc,
                start,
                reason.as_str()
            )));
        }
        return Ok(Value::string(format!(
            "'{}' codec can't encode characters in position {}-{}: {}",
            enc.as_str(),
            start,
            end.saturating_sub(1),
            reason.as_str()
        )));
    }
    Ok(Value::str(""))
}

fn unicode_err_attr(vm: &mut Vm, e: &Value, i: usize) -> PyResult<Value> {
    let a = match e.payload() {
        Some(Payload::Exception(d)) => d.borrow().args.clone(),
        _ => None,
    };
    let items = a
        .map(|t| crate::types::seq::seq_items(&t))
        .unwrap_or_default();
    match items.get(i) {
        Some(v) => Ok(v.clone()),
        None => vm.attribute_error("attribute not set"),
    }
}
fn ue_encoding(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    unicode_err_attr(vm, &a[0], 0)
}
fn ue_object(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    unicode_err_attr(vm, &a[0], 1)
}
fn ue_start(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    unicode_err_attr(vm, &a[0], 2)
}
fn ue_end(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    unicode_err_attr(vm, &a[0], 3)
}
fn ue_reason(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    unicode_err_attr(vm, &a[0], 4)
}

// ---------------------------------------------------------------- construction

/// Bytes from a constructor argument (`bytes(x)` / `bytearray(x)` semantics).
fn bytes_from_source(
    vm: &mut Vm,
    src: Option<&Value>,
    enc: Option<&Value>,
    errors: Option<&Value>,
    what: &str,
) -> PyResult<Vec<u8>> {
    let Some(src) = src else {
        if enc.is_some() {
            return vm.type_error("encoding without a string argument");
        }
        if errors.is_some() {
            return vm.type_error("errors without a string argument");
        }
        return Ok(Vec::new());
    };
    if let Some(s) = src.as_pystr() {
        let Some(e) = enc else {
            return vm.type_error("string argument without an encoding");
        };
        let e = match e.as_pystr() {
            Some(e) => e.clone(),
            None => {
                return vm.type_error(format!(
                    "{}() argument 'encoding' must be str, not {}",
                    what,
                    vm.type_name(e)
                ))
            }
        };
        let er = match errors {
            Some(x) => match x.as_pystr() {
                Some(x) => String::from(x.as_str()),
                None => {
                    return vm.type_error(format!(
                        "{}() argument 'errors' must be str, not {}",
                        what,
                        vm.type_name(x)
                    ))
                }
            },
            None => String::from("strict"),
        };
        let s = s.clone();
        return encode_str(vm, s.as_str(), e.as_str(), &er);
    }
    if enc.is_some() {
        return vm.type_error("encoding without a string argument");
    }
    if errors.is_some() {
        return vm.type_error("errors without a string argument");
    }
    if let Some(b) = buffer_bytes(vm, src) {
        return Ok(b);
    }
    if crate::types::memoryview::is_released(src) {
        return vm.value_error("operation forbidden on released memoryview object");
    }
    if !crate::runtime::ops::is_builtin_value(src) {
        let cls = vm.type_of(src);
        if let Some(m) = vm.lookup_type(&cls, "__bytes__") {
            let r = vm.call(&m, &[src.clone()], &[])?;
            return match r.payload() {
                Some(Payload::Bytes(b)) => Ok(b.to_vec()),
                _ => vm.type_error(format!(
                    "__bytes__ returned non-bytes (type {})",
                    vm.type_name(&r)
                )),
            };
        }
    }
    if let Some(IntVal::Big(_)) = as_int(src) {
        return vm.overflow_error("cannot fit 'int' into an index-sized integer");
    }
    if let Some(n) = vm.index_value(src, "")? {
        if n < 0 {
            return vm.value_error("negative count");
        }
        room(vm, n as usize)?;
        return Ok(vec![0u8; n as usize]);
    }
    let it = match vm.get_iter(src) {
        Ok(it) => it,
        Err(_) => {
            return vm.type_error(format!(
                "cannot convert '{}' object to {}",
                vm.type_name(src),
                what
            ))
        }
    };
    let mut out = Vec::new();
    while let Some(x) = vm.next(&it)? {
        match vm.index_value(&x, "")? {
            Some(i) if (0..256).contains(&i) => out.push(i as u8),
            Some(_) => {
                return vm.value_error(if what == "bytes" {
                    "bytes must be in range(0, 256)"
                } else {
                    "byte must be in range(0, 256)"
                })
            }
            None => {
                return vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(&x)
                ))
            }
        }
    }
    Ok(out)
}

fn bytes_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_kwargs_invalid(vm, "bytes", kw, &["source", "encoding", "errors"])?;
    let cls = super::new_cls_arg(vm, args, "bytes", &vm.types.bytes.clone())?;
    if args.len() > 4 {
        return vm.type_error(format!(
            "bytes() takes at most 3 arguments ({} given)",
            args.len() - 1
        ));
    }
    let data = bytes_from_source(
        vm,
        arg(args, kw, 0, "source"),
        arg(args, kw, 1, "encoding"),
        arg(args, kw, 2, "errors"),
        "bytes",
    )?;
    if alloc::rc::Rc::ptr_eq(&cls, &vm.types.bytes) {
        return Ok(vm.new_bytes(data));
    }
    let dict = vm.instance_dict_for(&cls);
    Ok(Value::Obj(Object::new(
        cls,
        Payload::Bytes(data.into_boxed_slice()),
        dict,
    )))
}

fn bytearray_init(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_kwargs_invalid(vm, "bytearray", kw, &["source", "encoding", "errors"])?;
    if args.len() > 4 {
        return vm.type_error(format!(
            "bytearray() takes at most 3 arguments ({} given)",
            args.len() - 1
        ));
    }
    if let Some(Payload::ByteArray(b)) = args[0].payload() {
        if !b.borrow().is_empty() {
            crate::types::memoryview::check_bytearray_resize(vm, &args[0])?;
        }
    }
    let data = bytes_from_source(
        vm,
        arg(args, kw, 0, "source"),
        arg(args, kw, 1, "encoding"),
        arg(args, kw, 2, "errors"),
        "bytearray",
    )?;
    if let Some(Payload::ByteArray(b)) = args[0].payload() {
        *b.borrow_mut() = data;
    }
    Ok(Value::None)
}

// ---------------------------------------------------------------- items

/// `b[k]`.
/// Run `f` on the bytes of a bytes/bytearray without copying them (other
/// buffer objects are copied first). Runs no Python code while borrowed.
fn with_data<R>(vm: &Vm, c: &Value, f: impl FnOnce(&[u8]) -> R) -> R {
    match c.payload() {
        Some(Payload::Bytes(b)) => f(b),
        Some(Payload::ByteArray(b)) => f(&b.borrow()),
        _ => f(&buffer_bytes(vm, c).unwrap_or_default()),
    }
}

pub fn bytes_getitem(vm: &mut Vm, c: &Value, k: &Value) -> PyResult<Value> {
    let is_ba = is_ba(c);
    let len = with_data(vm, c, |d| d.len());
    if let Some(Payload::Slice(..)) = k.payload() {
        let (start, stop, step) = crate::types::seq::slice_indices(vm, k, len)?;
        let n = crate::types::seq::slice_len(start, stop, step);
        let r = with_data(vm, c, |data| {
            let mut r = Vec::with_capacity(n);
            if step == 1 {
                let (a, b) = (start as usize, (start as usize + n).min(data.len()));
                if a < b {
                    r.extend_from_slice(&data[a..b]);
                }
                return r;
            }
            let mut i = start;
            for _ in 0..n {
                if let Some(&x) = data.get(i as usize) {
                    r.push(x);
                }
                i += step;
            }
            r
        });
        return Ok(if is_ba {
            vm.new_bytearray(r)
        } else {
            vm.new_bytes(r)
        });
    }
    let Some(i) = vm.index_value(k, "bytes")? else {
        return vm.type_error(format!(
            "{} indices must be integers or slices, not {}",
            if is_ba { "bytearray" } else { "byte" },
            vm.type_name(k)
        ));
    };
    let len = with_data(vm, c, |d| d.len());
    match crate::types::seq::normalize_index(i, len) {
        Some(i) => Ok(Value::Int(with_data(vm, c, |d| d[i]) as i64)),
        None => vm.index_error(if is_ba {
            "bytearray index out of range"
        } else {
            "index out of range"
        }),
    }
}

/// Bytes for a slice assignment right-hand side.
fn assign_source(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer_bytes(vm, v) {
        return Ok(b);
    }
    if v.as_pystr().is_some() || crate::runtime::num::as_int(v).is_some() {
        return vm
            .type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    }
    let items = match vm.iterate(v) {
        Ok(i) => i,
        Err(_) => {
            return vm.type_error(
                "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
            )
        }
    };
    let mut out = Vec::with_capacity(items.len());
    for x in &items {
        match vm.index_value(x, "")? {
            Some(i) if (0..256).contains(&i) => out.push(i as u8),
            Some(_) => return vm.value_error("byte must be in range(0, 256)"),
            None => {
                return vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(x)
                ))
            }
        }
    }
    Ok(out)
}

/// Replace the bytes a resolved slice selects in `data` by `src`.
pub fn splice(
    vm: &Vm,
    data: &mut Vec<u8>,
    (start, stop, step): (i64, i64, i64),
    src: &[u8],
    what: &str,
) -> PyResult<()> {
    if step == 1 {
        let s = start as usize;
        let e = (stop.max(start)) as usize;
        data.splice(s..e, src.iter().cloned());
        return Ok(());
    }
    let n = crate::types::seq::slice_len(start, stop, step);
    if n != src.len() {
        return vm.value_error(format!(
            "attempt to assign {} of size {} to extended slice of size {}",
            what,
            src.len(),
            n
        ));
    }
    let mut i = start;
    for &b in src {
        data[i as usize] = b;
        i += step;
    }
    Ok(())
}

/// Delete the positions a resolved slice selects.
pub fn delete_slice<T>(data: &mut Vec<T>, (start, stop, step): (i64, i64, i64)) {
    if step == 1 {
        if stop > start {
            data.drain(start as usize..stop as usize);
        }
        return;
    }
    let n = crate::types::seq::slice_len(start, stop, step);
    let mut idx: Vec<usize> = (0..n).map(|k| (start + k as i64 * step) as usize).collect();
    idx.sort_unstable();
    for i in idx.into_iter().rev() {
        data.remove(i);
    }
}

/// `ba[k] = v`.
pub fn bytearray_setitem(vm: &mut Vm, c: &Value, k: &Value, v: Value) -> PyResult<()> {
    let Some(Payload::ByteArray(cell)) = c.payload() else {
        return vm.type_error("expected a bytearray");
    };
    if let Some(Payload::Slice(..)) = k.payload() {
        let src = assign_source(vm, &v)?;
        let len = cell.borrow().len();
        let r = crate::types::seq::slice_indices(vm, k, len)?;
        if r.2 == 1 && src.len() != crate::types::seq::slice_len(r.0, r.1, 1) {
            crate::types::memoryview::check_bytearray_resize(vm, c)?;
        }
        // CPython deletes the selected items when an empty value is
        // assigned to an extended slice.
        if src.is_empty() && r.2 != 1 {
            if crate::types::seq::slice_len(r.0, r.1, r.2) > 0 {
                crate::types::memoryview::check_bytearray_resize(vm, c)?;
            }
            delete_slice(&mut cell.borrow_mut(), r);
            return Ok(());
        }
        let mut d = cell.borrow_mut();
        return splice(vm, &mut d, r, &src, "bytes");
    }
    let Some(i) = vm.index_value(k, "")? else {
        return vm.type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            vm.type_name(k)
        ));
    };
    let b = byte_value(vm, &v)?;
    let len = cell.borrow().len();
    match crate::types::seq::normalize_index(i, len) {
        Some(i) => {
            cell.borrow_mut()[i] = b;
            Ok(())
        }
        None => vm.index_error("bytearray index out of range"),
    }
}

/// `del ba[k]`.
pub fn bytearray_delitem(vm: &mut Vm, c: &Value, k: &Value) -> PyResult<()> {
    let Some(Payload::ByteArray(cell)) = c.payload() else {
        return vm.type_error("expected a bytearray");
    };
    if let Some(Payload::Slice(..)) = k.payload() {
        let len = cell.borrow().len();
        let r = crate::types::seq::slice_indices(vm, k, len)?;
        if crate::types::seq::slice_len(r.0, r.1, r.2) > 0 {
            crate::types::memoryview::check_bytearray_resize(vm, c)?;
        }
        delete_slice(&mut cell.borrow_mut(), r);
        return Ok(());
    }
    let Some(i) = vm.index_value(k, "")? else {
        return vm.type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            vm.type_name(k)
        ));
    };
    let len = cell.borrow().len();
    match crate::types::seq::normalize_index(i, len) {
        Some(i) => {
            crate::types::memoryview::check_bytearray_resize(vm, c)?;
            cell.borrow_mut().remove(i);
            Ok(())
        }
        None => vm.index_error("bytearray index out of range"),
    }
}

fn find_sub(h: &[u8], n: &[u8], from: usize) -> Option<usize> {
    if n.is_empty() {
        return if from <= h.len() { Some(from) } else { None };
    }
    if n.len() > h.len() {
        return None;
    }
    // Scan for the first byte, then compare the rest.
    let last = h.len() - n.len();
    let mut i = from;
    while i <= last {
        let p = h[i..=last].iter().position(|&b| b == n[0])?;
        let j = i + p;
        if &h[j..j + n.len()] == n {
            return Some(j);
        }
        i = j + 1;
    }
    None
}

fn rfind_sub(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.len() > h.len() {
        return None;
    }
    (0..=h.len() - n.len())
        .rev()
        .find(|&i| &h[i..i + n.len()] == n)
}

/// An index argument as a C `Py_ssize_t` (OverflowError when it does not fit).
fn ssize_value(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Some(IntVal::Big(_)) = as_int(v) {
        return vm.overflow_error("Python int too large to convert to C ssize_t");
    }
    match vm.index_value(v, "")? {
        Some(i) => Ok(i),
        None => vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        )),
    }
}

/// `x in b`.
pub fn bytes_contains(vm: &mut Vm, c: &Value, x: &Value) -> PyResult<bool> {
    let data = buffer_bytes(vm, c).unwrap_or_default();
    if let Some(needle) = buffer_bytes(vm, x) {
        return Ok(find_sub(&data, &needle, 0).is_some());
    }
    match vm.index_value(x, "")? {
        Some(i) if (0..256).contains(&i) => Ok(data.contains(&(i as u8))),
        Some(_) => vm.value_error("byte must be in range(0, 256)"),
        None => vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(x)
        )),
    }
}

// ---------------------------------------------------------------- % formatting

fn pct_arg(vm: &mut Vm, args: &[Value], idx: &mut usize) -> PyResult<Value> {
    match args.get(*idx) {
        Some(v) => {
            *idx += 1;
            Ok(v.clone())
        }
        None => vm.type_error("not enough arguments for format string"),
    }
}

fn latin1(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

fn unlatin1(s: &str) -> Vec<u8> {
    s.chars().map(|c| c as u32 as u8).collect()
}

/// `b % args`.
pub fn percent_format_bytes(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    use mprt_format::{percent_float, percent_int, percent_str, PercentCount, PercentSpec};
    let fmt = buffer_bytes(vm, a).unwrap_or_default();
    let is_tuple =
        matches!(b.payload(), Some(Payload::Tuple(_))) && crate::runtime::ops::is_builtin_value(b);
    let args: Vec<Value> = if is_tuple {
        crate::types::seq::seq_items(b)
    } else {
        vec![b.clone()]
    };
    // CPython treats any subscriptable argument except tuple, bytes,
    // bytearray and str as a mapping (so no "not all arguments" error).
    let is_mapping = !is_tuple
        && !matches!(b.payload(), Some(Payload::Bytes(_) | Payload::ByteArray(_)))
        && b.as_pystr().is_none()
        && (matches!(b.payload(), Some(Payload::Dict(_)))
            || vm.lookup_type(&vm.type_of(b), "__getitem__").is_some());
    let mut idx = 0usize;
    let mut used_key = false;
    let mut out: Vec<u8> = Vec::new();
    let mut i = 0;
    let n = fmt.len();
    while i < n {
        let c = fmt[i];
        if c != b'%' {
            out.push(c);
            i += 1;
            continue;
        }
        let spec_start = i;
        i += 1;
        if i >= n {
            return vm.value_error("incomplete format");
        }
        let mut key: Option<Vec<u8>> = None;
        if fmt[i] == b'(' {
            let mut depth = 1;
            let ks = i + 1;
            i += 1;
            while i < n && depth > 0 {
                if fmt[i] == b'(' {
                    depth += 1;
                } else if fmt[i] == b')' {
                    depth -= 1;
                }
                i += 1;
            }
            if depth > 0 {
                return vm.value_error("incomplete format key");
            }
            key = Some(fmt[ks..i - 1].to_vec());
        }
        let mut spec = PercentSpec {
            key: None,
            minus: false,
            plus: false,
            space: false,
            hash: false,
            zero: false,
            width: PercentCount::None,
            precision: PercentCount::None,
            conv: 's',
        };
        while i < n {
            match fmt[i] {
                b'-' => spec.minus = true,
                b'+' => spec.plus = true,
                b' ' => spec.space = true,
                b'#' => spec.hash = true,
                b'0' => spec.zero = true,
                _ => break,
            }
            i += 1;
        }
        let src_args: &[Value] = if key.is_some() { &[] } else { &args };
        let mut width = 0usize;
        if i < n && fmt[i] == b'*' {
            i += 1;
            let w = pct_arg(vm, src_args, &mut idx)?;
            match w {
                Value::Int(w) => {
                    if w < 0 {
                        spec.minus = true;
                    }
                    width = w.unsigned_abs() as usize;
                }
                _ => return vm.type_error("* wants int"),
            }
        } else {
            while i < n && fmt[i].is_ascii_digit() {
                width = width * 10 + (fmt[i] - b'0') as usize;
                i += 1;
            }
        }
        let mut prec: Option<usize> = None;
        if i < n && fmt[i] == b'.' {
            i += 1;
            if i < n && fmt[i] == b'*' {
                i += 1;
                let p = pct_arg(vm, src_args, &mut idx)?;
                match p {
                    Value::Int(p) => prec = Some(p.max(0) as usize),
                    _ => return vm.type_error("* wants int"),
                }
            } else {
                let mut p = 0;
                while i < n && fmt[i].is_ascii_digit() {
                    p = p * 10 + (fmt[i] - b'0') as usize;
                    i += 1;
                }
                prec = Some(p);
            }
        }
        while i < n && matches!(fmt[i], b'h' | b'l' | b'L') {
            i += 1;
        }
        if i >= n {
            return vm.value_error("incomplete format");
        }
        let conv = fmt[i];
        i += 1;
        // Only a bare "%%" is a literal percent; with flags, width or a key
        // it is an unsupported conversion (after fetching an argument).
        if conv == b'%' && i == spec_start + 2 {
            out.push(b'%');
            continue;
        }
        let v = match &key {
            Some(k) => {
                if !is_mapping {
                    return vm.type_error("format requires a mapping");
                }
                used_key = true;
                let kv = vm.new_bytes(k.clone());
                vm.getitem(b, &kv)?
            }
            None => {
                if is_mapping && !is_tuple {
                    // A single mapping argument used positionally.
                    if idx == 0 {
                        idx = 1;
                        b.clone()
                    } else {
                        return vm.type_error("not enough arguments for format string");
                    }
                } else {
                    pct_arg(vm, &args, &mut idx)?
                }
            }
        };
        spec.conv = conv as char;
        match conv {
            b's' | b'b' => {
                let data = match buffer_bytes(vm, &v) {
                    Some(d) => d,
                    None => {
                        let cls = vm.type_of(&v);
                        match vm.lookup_type(&cls, "__bytes__") {
                            Some(m) => {
                                let r = vm.call(&m, &[v.clone()], &[])?;
                                arg_buf(vm, &r)?
                            }
                            None => {
                                return vm.type_error(format!(
                                    "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                                    vm.type_name(&v)
                                ))
                            }
                        }
                    }
                };
                spec.conv = 's';
                out.extend(unlatin1(&percent_str(&latin1(&data), &spec, width, prec)));
            }
            b'r' | b'a' => {
                let r = vm.repr(&v)?;
                let s = crate::types::str::ascii_escape(r.as_str());
                spec.conv = 's';
                out.extend(unlatin1(&percent_str(&s, &spec, width, prec)));
            }
            b'c' => {
                let byte = if let Some(d) = buffer_bytes(vm, &v) {
                    if d.len() != 1 {
                        return vm
                            .type_error("%c requires an integer in range(256) or a single byte");
                    }
                    d[0]
                } else {
                    if let Some(IntVal::Big(_)) = as_int(&v) {
                        return vm.overflow_error("%c arg not in range(256)");
                    }
                    match vm.index_value(&v, "")? {
                        Some(x) if (0..256).contains(&x) => x as u8,
                        Some(_) => return vm.overflow_error("%c arg not in range(256)"),
                        None => {
                            return vm.type_error(
                                "%c requires an integer in range(256) or a single byte",
                            )
                        }
                    }
                };
                spec.conv = 's';
                out.extend(unlatin1(&percent_str(&latin1(&[byte]), &spec, width, None)));
            }
            b'd' | b'i' | b'u' | b'o' | b'x' | b'X' => {
                let bi: num_bigint::BigInt = match as_int(&v) {
                    Some(x) => x.big().into_owned(),
                    None => {
                        let f = if matches!(conv, b'd' | b'i' | b'u') {
                            as_float(&v)
                        } else {
                            None
                        };
                        match f {
                            Some(f) => {
                                if f.is_nan() {
                                    return vm.value_error("cannot convert float NaN to integer");
                                }
                                if f.is_infinite() {
                                    return vm.overflow_error(
                                        "cannot convert float infinity to integer",
                                    );
                                }
                                num_traits::FromPrimitive::from_f64(crate::fmath::trunc(f))
                                    .unwrap_or_default()
                            }
                            None => match vm.index_value(&v, "")? {
                                Some(x) => num_bigint::BigInt::from(x),
                                None => {
                                    return vm.type_error(if matches!(conv, b'd' | b'i' | b'u') {
                                        format!(
                                            "%{} format: a real number is required, not {}",
                                            if conv == b'i' { 'd' } else { conv as char },
                                            vm.type_name(&v)
                                        )
                                    } else {
                                        format!(
                                            "%{} format: an integer is required, not {}",
                                            conv as char,
                                            vm.type_name(&v)
                                        )
                                    })
                                }
                            },
                        }
                    }
                };
                if conv == b'u' || conv == b'i' {
                    spec.conv = 'd';
                }
                out.extend(percent_int(&bi, &spec, width, prec).into_bytes());
            }
            b'e' | b'E' | b'f' | b'F' | b'g' | b'G' => {
                let f = match crate::runtime::num::as_f64(&v) {
                    Some(f) => f,
                    None => {
                        return vm.type_error(format!(
                            "float argument required, not {}",
                            vm.type_name(&v)
                        ))
                    }
                };
                out.extend(percent_float(f, &spec, width, prec).into_bytes());
            }
            _ => {
                return vm.value_error(format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    conv as char,
                    conv,
                    i - 1
                ));
            }
        }
        let _ = spec_start;
    }
    if !is_mapping && idx < args.len() && !used_key {
        return vm.type_error("not all arguments converted during bytes formatting");
    }
    Ok(mk(vm, a, out))
}

// ---------------------------------------------------------------- methods

fn opt_index(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => match vm.index_value(v, "")? {
            Some(i) => Ok(Some(i)),
            None => {
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            }
        },
    }
}

/// Resolve `start`/`end` arguments like a slice: `(start, end)`, possibly start > end.
fn adjust(len: usize, start: Option<i64>, end: Option<i64>) -> (usize, usize) {
    let l = len as i64;
    let fix = |x: i64| -> i64 {
        if x < 0 {
            (x + l).max(0)
        } else {
            x
        }
    };
    let s = fix(start.unwrap_or(0));
    let e = fix(end.unwrap_or(l)).min(l);
    (s as usize, e as usize)
}

fn sub_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Vec<u8>> {
    let Some(v) = v else {
        return vm.type_error("expected at least 1 argument, got 0");
    };
    if let Some(b) = buffer_bytes(vm, v) {
        return Ok(b);
    }
    match vm.index_value(v, "")? {
        Some(i) if (0..256).contains(&i) => Ok(vec![i as u8]),
        Some(_) => vm.value_error("byte must be in range(0, 256)"),
        None => vm.type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            vm.type_name(v)
        )),
    }
}

/// (haystack, needle, start, end) for find-like methods; None if start > len.
fn find_args(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
) -> PyResult<(Vec<u8>, Vec<u8>, usize, usize)> {
    if args.len() < 2 {
        return vm.type_error(format!("{}() takes at least 1 argument (0 given)", name));
    }
    if args.len() > 4 {
        return vm.type_error(format!(
            "{} expected at most 3 arguments, got {}",
            name,
            args.len() - 1
        ));
    }
    let h = me(vm, args);
    // start/end are converted before the needle is checked.
    let s = opt_index(vm, args.get(2))?;
    let e = opt_index(vm, args.get(3))?;
    let n = sub_arg(vm, args.get(1))?;
    let (s, e) = adjust(h.len(), s, e);
    Ok((h, n, s, e))
}

fn do_find(vm: &mut Vm, args: &[Value], name: &str, rev: bool) -> PyResult<i64> {
    // Fast path without copying: bytes.find(bytes) with no start/end (large
    // haystacks such as a whole file read into memory).
    let small = |v: Option<&Value>| match v {
        None => Some(None),
        Some(Value::Int(i)) => Some(Some(*i)),
        _ => None,
    };
    if let (Some(Payload::Bytes(h)), Some(Payload::Bytes(n)), Some(st), Some(en)) = (
        args[0].payload(),
        args.get(1).and_then(|a| a.payload()),
        small(args.get(2)),
        small(args.get(3)),
    ) {
        if args.len() <= 4 {
            let (s, e) = adjust(h.len(), st, en);
            if s > e || s > h.len() {
                return Ok(-1);
            }
            let hay = &h[s..e];
            let r = if rev {
                rfind_sub(hay, n)
            } else {
                find_sub(hay, n, 0)
            };
            return Ok(r.map(|i| (i + s) as i64).unwrap_or(-1));
        }
    }
    let (h, n, s, e) = find_args(vm, args, name)?;
    if s > e || s > h.len() {
        return Ok(-1);
    }
    let hay = &h[s..e];
    let r = if rev {
        rfind_sub(hay, &n)
    } else {
        find_sub(hay, &n, 0)
    };
    Ok(r.map(|i| (i + s) as i64).unwrap_or(-1))
}

fn b_find(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(do_find(vm, args, "find", false)?))
}
fn b_rfind(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(do_find(vm, args, "rfind", true)?))
}
fn b_index(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    match do_find(vm, args, "index", false)? {
        -1 => vm.value_error("subsection not found"),
        i => Ok(Value::Int(i)),
    }
}
fn b_rindex(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    match do_find(vm, args, "rindex", true)? {
        -1 => vm.value_error("subsection not found"),
        i => Ok(Value::Int(i)),
    }
}
fn b_count(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (h, n, s, e) = find_args(vm, args, "count")?;
    if s > e || s > h.len() {
        return Ok(Value::Int(0));
    }
    let hay = &h[s..e];
    if n.is_empty() {
        return Ok(Value::Int(hay.len() as i64 + 1));
    }
    let mut c = 0;
    let mut i = 0;
    while let Some(p) = find_sub(hay, &n, i) {
        c += 1;
        i = p + n.len();
    }
    Ok(Value::Int(c))
}

fn starts_ends(vm: &mut Vm, args: &[Value], name: &str, ends: bool) -> PyResult<Value> {
    if args.len() < 2 {
        return vm.type_error(format!("{}() takes at least 1 argument (0 given)", name));
    }
    let h = me(vm, args);
    let s = opt_index(vm, args.get(2))?;
    let e = opt_index(vm, args.get(3))?;
    let (s, e) = adjust(h.len(), s, e);
    let cands: Vec<Value> = match args[1].payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => vec![args[1].clone()],
    };
    let is_tuple = matches!(args[1].payload(), Some(Payload::Tuple(_)));
    for c in &cands {
        let Some(p) = buffer_bytes(vm, c) else {
            if is_tuple {
                return vm.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    vm.type_name(c)
                ));
            }
            return vm.type_error(format!(
                "{} first arg must be bytes or a tuple of bytes, not {}",
                name,
                vm.type_name(c)
            ));
        };
        if s > h.len() || s > e {
            continue;
        }
        let hay = &h[s..e];
        if (ends && hay.ends_with(&p)) || (!ends && hay.starts_with(&p)) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}
fn b_startswith(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    starts_ends(vm, args, "startswith", false)
}
fn b_endswith(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    starts_ends(vm, args, "endswith", true)
}

fn b_decode(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_kwargs_invalid(vm, "decode", kw, &["encoding", "errors"])?;
    let d = me(vm, args);
    let enc = match arg(args, kw, 0, "encoding") {
        Some(e) => match e.as_pystr() {
            Some(s) => String::from(s.as_str()),
            None => {
                return vm.type_error(format!(
                    "decode() argument 'encoding' must be str, not {}",
                    crate::types::str_methods::clinic_type_name(vm, e)
                ))
            }
        },
        None => String::from("utf-8"),
    };
    let errors = match arg(args, kw, 1, "errors") {
        Some(e) => match e.as_pystr() {
            Some(s) => String::from(s.as_str()),
            None => {
                return vm.type_error(format!(
                    "decode() argument 'errors' must be str, not {}",
                    crate::types::str_methods::clinic_type_name(vm, e)
                ))
            }
        },
        None => String::from("strict"),
    };
    Ok(Value::string(decode_bytes(vm, &d, &enc, &errors)?))
}

/// Hex digits of `d` with an optional separator every `per` bytes
/// (counted from the right when positive, from the left when negative).
pub fn hex_with_sep(d: &[u8], sep: Option<u8>, per: i64) -> String {
    let mut out = String::with_capacity(d.len() * 3);
    let n = d.len();
    let g = per.unsigned_abs() as usize;
    for (i, b) in d.iter().enumerate() {
        if i > 0 {
            if let Some(s) = sep {
                if g > 0 {
                    let boundary = if per > 0 {
                        (n - i) % g == 0
                    } else {
                        i % g == 0
                    };
                    if boundary {
                        out.push(s as char);
                    }
                }
            }
        }
        out.push_str(&format!("{:02x}", b));
    }
    out
}

/// Parse the `sep`/`bytes_per_sep` arguments of `hex()`.
pub fn hex_sep_args(
    vm: &mut Vm,
    sep: Option<&Value>,
    per: Option<&Value>,
) -> PyResult<(Option<u8>, i64)> {
    // bytes_per_sep is converted before sep is examined (as in CPython).
    let per = match per {
        None => 1,
        Some(p) if matches!(as_int(p), Some(IntVal::Big(_))) => {
            return vm.overflow_error("Python int too large to convert to C int");
        }
        Some(p) => match vm.index_value(p, "")? {
            Some(p) => p,
            None => {
                return vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(p)
                ))
            }
        },
    };
    let sep = match sep {
        None => None,
        Some(s) => {
            // CPython: len(sep) must be 1, then sep must be str or bytes.
            if vm.len(s)? != 1 {
                return vm.value_error("sep must be length 1.");
            }
            let b: u32 = if let Some(st) = s.as_pystr() {
                st.as_str().chars().next().map_or(0, |c| c as u32)
            } else if let Some(Payload::Bytes(b)) = s.payload() {
                b[0] as u32
            } else {
                return vm.type_error("sep must be str or bytes.");
            };
            if b >= 128 {
                return vm.value_error("sep must be ASCII.");
            }
            Some(b as u8)
        }
    };
    Ok((sep, per))
}

fn b_hex(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_kwargs_invalid(vm, "hex", kw, &["sep", "bytes_per_sep"])?;
    let d = me(vm, args);
    let (sep, per) = hex_sep_args(
        vm,
        arg(args, kw, 0, "sep"),
        arg(args, kw, 1, "bytes_per_sep"),
    )?;
    Ok(Value::string(hex_with_sep(&d, sep, per)))
}

fn hexval(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

fn b_fromhex(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    if args.len() != 2 {
        return vm.type_error(format!(
            "fromhex() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        ));
    }
    let s = match args[1].as_pystr() {
        Some(s) => s.clone(),
        None => {
            return vm.type_error(format!(
                "fromhex() argument must be str, not {}",
                crate::types::str_methods::clinic_type_name(vm, &args[1])
            ))
        }
    };
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let val = |c: char| {
        if (c as u32) < 128 {
            hexval(c as u8)
        } else {
            None
        }
    };
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii() && is_space(c as u8) {
            i += 1;
            continue;
        }
        let Some(hi) = val(c) else {
            return vm.value_error(format!(
                "non-hexadecimal number found in fromhex() arg at position {}",
                i
            ));
        };
        let lo = chars.get(i + 1).and_then(|&c| val(c));
        let Some(lo) = lo else {
            return vm.value_error(format!(
                "non-hexadecimal number found in fromhex() arg at position {}",
                i + 1
            ));
        };
        out.push(hi * 16 + lo);
        i += 2;
    }
    let cls = args[0].clone();
    if let Some(c) = cls.as_obj() {
        if alloc::rc::Rc::ptr_eq(c, &vm.types.bytes) {
            return Ok(vm.new_bytes(out));
        }
        if alloc::rc::Rc::ptr_eq(c, &vm.types.bytearray) {
            return Ok(vm.new_bytearray(out));
        }
    }
    let b = vm.new_bytes(out);
    vm.call(&cls, &[b], &[])
}

fn split_ws(d: &[u8], maxsplit: i64) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut i = 0;
    let n = d.len();
    let mut splits = 0;
    loop {
        while i < n && is_space(d[i]) {
            i += 1;
        }
        if i >= n {
            break;
        }
        if maxsplit >= 0 && splits >= maxsplit {
            out.push(d[i..].to_vec());
            break;
        }
        let s = i;
        while i < n && !is_space(d[i]) {
            i += 1;
        }
        out.push(d[s..i].to_vec());
        splits += 1;
    }
    out
}

fn rsplit_ws(d: &[u8], maxsplit: i64) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut e = d.len();
    let mut splits = 0;
    loop {
        while e > 0 && is_space(d[e - 1]) {
            e -= 1;
        }
        if e == 0 {
            break;
        }
        if maxsplit >= 0 && splits >= maxsplit {
            out.push(d[..e].to_vec());
            break;
        }
        let end = e;
        while e > 0 && !is_space(d[e - 1]) {
            e -= 1;
        }
        out.push(d[e..end].to_vec());
        splits += 1;
    }
    out.reverse();
    out
}

fn split_args(
    vm: &mut Vm,
    args: &[Value],
    kw: &KwArgs,
    name: &str,
) -> PyResult<(Option<Vec<u8>>, i64)> {
    crate::builtins::check_kwargs_invalid(vm, name, kw, &["sep", "maxsplit"])?;
    // maxsplit is converted before sep is checked (as in CPython).
    let maxsplit = match arg(args, kw, 1, "maxsplit") {
        None => -1,
        Some(m) => ssize_value(vm, m)?,
    };
    let sep = match arg(args, kw, 0, "sep") {
        None => None,
        Some(s) if s.is_none() => None,
        Some(s) => {
            let b = arg_buf(vm, s)?;
            if b.is_empty() {
                return vm.value_error("empty separator");
            }
            Some(b)
        }
    };
    Ok((sep, maxsplit))
}

fn b_split(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (sep, maxsplit) = split_args(vm, args, kw, "split")?;
    let d = me(vm, args);
    let parts = match sep {
        None => split_ws(&d, maxsplit),
        Some(sep) => {
            let mut out = Vec::new();
            let mut i = 0;
            let mut splits = 0;
            while maxsplit < 0 || splits < maxsplit {
                match find_sub(&d, &sep, i) {
                    Some(p) => {
                        out.push(d[i..p].to_vec());
                        i = p + sep.len();
                        splits += 1;
                    }
                    None => break,
                }
            }
            out.push(d[i..].to_vec());
            out
        }
    };
    let vals = parts.into_iter().map(|p| mk(vm, &args[0], p)).collect();
    Ok(vm.new_list(vals))
}

fn b_rsplit(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (sep, maxsplit) = split_args(vm, args, kw, "rsplit")?;
    let d = me(vm, args);
    let parts = match sep {
        None => rsplit_ws(&d, maxsplit),
        Some(sep) => {
            let mut out = Vec::new();
            let mut e = d.len();
            let mut splits = 0;
            while maxsplit < 0 || splits < maxsplit {
                match rfind_sub(&d[..e], &sep) {
                    Some(p) => {
                        out.push(d[p + sep.len()..e].to_vec());
                        e = p;
                        splits += 1;
                    }
                    None => break,
                }
            }
            out.push(d[..e].to_vec());
            out.reverse();
            out
        }
    };
    let vals = parts.into_iter().map(|p| mk(vm, &args[0], p)).collect();
    Ok(vm.new_list(vals))
}

fn b_splitlines(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_kwargs_invalid(vm, "splitlines", kw, &["keepends"])?;
    // keepends accepts ints only (`bool(accept={int})`).
    let keep = match arg(args, kw, 0, "keepends") {
        Some(v) => crate::types::str_methods::c_int_arg(vm, v)? != 0,
        None => false,
    };
    let d = me(vm, args);
    let mut out = Vec::new();
    let mut i = 0;
    let mut s = 0;
    while i < d.len() {
        let c = d[i];
        if c == b'\n' || c == b'\r' {
            let mut e = i + 1;
            if c == b'\r' && d.get(i + 1) == Some(&b'\n') {
                e += 1;
            }
            out.push(d[s..if keep { e } else { i }].to_vec());
            s = e;
            i = e;
        } else {
            i += 1;
        }
    }
    if s < d.len() {
        out.push(d[s..].to_vec());
    }
    let vals = out.into_iter().map(|p| mk(vm, &args[0], p)).collect();
    Ok(vm.new_list(vals))
}

fn b_join(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "join", &args[1..], 1, 1)?;
    let sep = me(vm, args);
    if vm.get_iter(&args[1]).is_err() {
        return vm.type_error("can only join an iterable");
    }
    let items = vm.iterate(&args[1])?;
    let mut out = Vec::new();
    for (i, x) in items.iter().enumerate() {
        let Some(b) = buffer_bytes(vm, x) else {
            return vm.type_error(format!(
                "sequence item {}: expected a bytes-like object, {} found",
                i,
                vm.type_name(x)
            ));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b);
    }
    Ok(mk(vm, &args[0], out))
}

fn strip_impl(vm: &mut Vm, args: &[Value], left: bool, right: bool) -> PyResult<Value> {
    let d = me(vm, args);
    let chars: Option<Vec<u8>> = match args.get(1) {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => Some(arg_buf(vm, v)?),
    };
    let strip = |c: u8| match &chars {
        None => is_space(c),
        Some(cs) => cs.contains(&c),
    };
    let mut s = 0;
    let mut e = d.len();
    if left {
        while s < e && strip(d[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && strip(d[e - 1]) {
            e -= 1;
        }
    }
    if s == 0 && e == d.len() {
        return Ok(mk_same(vm, &args[0], d));
    }
    Ok(mk(vm, &args[0], d[s..e].to_vec()))
}
fn b_strip(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    strip_impl(vm, args, true, true)
}
fn b_lstrip(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    strip_impl(vm, args, true, false)
}
fn b_rstrip(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    strip_impl(vm, args, false, true)
}

fn partition_impl(vm: &mut Vm, args: &[Value], rev: bool) -> PyResult<Value> {
    crate::builtins::check_args(
        vm,
        if rev { "rpartition" } else { "partition" },
        &args[1..],
        1,
        1,
    )?;
    let d = me(vm, args);
    let sep = arg_buf(vm, &args[1])?;
    if sep.is_empty() {
        return vm.value_error("empty separator");
    }
    let like = &args[0];
    let r = if rev {
        rfind_sub(&d, &sep)
    } else {
        find_sub(&d, &sep, 0)
    };
    let parts = match r {
        Some(p) => [d[..p].to_vec(), sep.clone(), d[p + sep.len()..].to_vec()],
        None if rev => [Vec::new(), Vec::new(), d.clone()],
        None => [d.clone(), Vec::new(), Vec::new()],
    };
    let mut vals: Vec<Value> = parts.into_iter().map(|p| mk(vm, like, p)).collect();
    // bytes.partition returns the separator object itself, and itself (when
    // it is exactly bytes) if the separator is not found; bytearray copies.
    if matches!(like.payload(), Some(Payload::Bytes(_))) {
        if r.is_some() {
            vals[1] = args[1].clone();
        } else {
            vals[if rev { 2 } else { 0 }] = like.clone();
        }
    }
    Ok(vm.new_tuple(vals))
}
fn b_partition(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    partition_impl(vm, args, false)
}
fn b_rpartition(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    partition_impl(vm, args, true)
}

fn b_replace(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    if args.len() < 3 || args.len() > 4 {
        return vm.type_error(format!(
            "replace expected at least 2 arguments, got {}",
            args.len() - 1
        ));
    }
    let d = me(vm, args);
    let old = arg_buf(vm, &args[1])?;
    let new = arg_buf(vm, &args[2])?;
    let mut count = match args.get(3) {
        Some(c) => match vm.index_value(c, "")? {
            Some(c) => c,
            None => {
                return vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(c)
                ))
            }
        },
        None => -1,
    };
    let mut out = Vec::new();
    if old.is_empty() {
        for (i, &b) in d.iter().enumerate() {
            let _ = i;
            if count != 0 {
                out.extend_from_slice(&new);
                count -= 1;
            }
            out.push(b);
        }
        if count != 0 {
            out.extend_from_slice(&new);
        }
        return Ok(mk(vm, &args[0], out));
    }
    let mut i = 0;
    while count != 0 {
        match find_sub(&d, &old, i) {
            Some(p) => {
                out.extend_from_slice(&d[i..p]);
                out.extend_from_slice(&new);
                i = p + old.len();
                count -= 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&d[i..]);
    Ok(mk(vm, &args[0], out))
}

fn map_bytes(vm: &mut Vm, args: &[Value], f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let d = me(vm, args);
    Ok(mk(vm, &args[0], f(&d)))
}
fn b_upper(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    map_bytes(vm, args, |d| d.to_ascii_uppercase())
}
fn b_lower(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    map_bytes(vm, args, |d| d.to_ascii_lowercase())
}
fn b_swapcase(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    map_bytes(vm, args, |d| {
        d.iter()
            .map(|&c| {
                if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect()
    })
}
fn b_capitalize(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    map_bytes(vm, args, |d| {
        d.iter()
            .enumerate()
            .map(|(i, &c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}
fn b_title(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    map_bytes(vm, args, |d| {
        let mut prev_cased = false;
        d.iter()
            .map(|&c| {
                let r = if prev_cased {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev_cased = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

fn pred(vm: &mut Vm, args: &[Value], f: fn(&[u8]) -> bool) -> PyResult<Value> {
    let d = me(vm, args);
    Ok(Value::Bool(f(&d)))
}
fn b_isalnum(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    pred(vm, a, |d| {
        !d.is_empty() && d.iter().all(|c| c.is_ascii_alphanumeric())
    })
}
fn b_isalpha(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    pred(vm, a, |d| {
        !d.is_empty() && d.iter().all(|c| c.is_ascii_alphabetic())
    })
}
fn b_isdigit(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    pred(vm, a, |d| {
        !d.is_empty() && d.iter().all(|c| c.is_ascii_digit())
    })
}
fn b_isspace(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    pred(vm, a, |d| !d.is_empty() && d.iter().all(|&c| is_space(c)))
}
fn b_isascii(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    pred(vm, a, |d| d.iter().all(|c| c.is_ascii()))
}
fn b_islower(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    pred(vm, a, |d| {
        d.iter().any(|c| c.is_ascii_lowercase()) && !d.iter().any(|c| c.is_ascii_uppercase())
    })
}
fn b_isupper(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    pred(vm, a, |d| {
        d.iter().any(|c| c.is_ascii_uppercase()) && !d.iter().any(|c| c.is_ascii_lowercase())
    })
}
fn b_istitle(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    pred(vm, a, |d| {
        let mut prev_cased = false;
        let mut any = false;
        for &c in d {
            if c.is_ascii_uppercase() {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else if c.is_ascii_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else {
                prev_cased = false;
            }
        }
        any
    })
}

fn pad_args(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<(Vec<u8>, usize, u8)> {
    if args.len() < 2 || args.len() > 3 {
        return vm.type_error(format!(
            "{} expected {} arguments, got {}",
            name,
            if args.len() < 2 {
                "at least 1"
            } else {
                "at most 2"
            },
            args.len() - 1
        ));
    }
    let d = me(vm, args);
    let w = crate::types::str_methods::int_arg(vm, &args[1])?.max(0) as usize;
    let fill = match args.get(2) {
        None => b' ',
        Some(f) => match buffer_bytes(vm, f) {
            Some(b) if b.len() == 1 && !matches!(f.payload(), Some(Payload::Native(_))) => b[0],
            _ => {
                let tn = crate::types::str_methods::clinic_type_name(vm, f);
                return vm.type_error(format!(
                    "{}() argument 2 must be a byte string of length 1, not {}",
                    name, tn
                ));
            }
        },
    };
    room(vm, w)?;
    Ok((d, w, fill))
}
fn b_center(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (d, w, f) = pad_args(vm, args, "center")?;
    if w <= d.len() {
        return Ok(mk_same(vm, &args[0], d));
    }
    let marg = w - d.len();
    let left = marg / 2 + (marg & w & 1);
    let mut out = vec![f; left];
    out.extend_from_slice(&d);
    out.resize(w, f);
    Ok(mk(vm, &args[0], out))
}
fn b_ljust(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (mut d, w, f) = pad_args(vm, args, "ljust")?;
    if w <= d.len() {
        return Ok(mk_same(vm, &args[0], d));
    }
    d.resize(w, f);
    Ok(mk(vm, &args[0], d))
}
fn b_rjust(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (d, w, f) = pad_args(vm, args, "rjust")?;
    if w <= d.len() {
        return Ok(mk_same(vm, &args[0], d));
    }
    let mut out = vec![f; w - d.len()];
    out.extend_from_slice(&d);
    Ok(mk(vm, &args[0], out))
}
fn b_zfill(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "zfill", &args[1..], 1, 1)?;
    let d = me(vm, args);
    let w = crate::types::str_methods::int_arg(vm, &args[1])?.max(0) as usize;
    if w <= d.len() {
        return Ok(mk_same(vm, &args[0], d));
    }
    room(vm, w)?;
    let fill = w - d.len();
    let mut out = Vec::with_capacity(w);
    let rest = if !d.is_empty() && (d[0] == b'+' || d[0] == b'-') {
        out.push(d[0]);
        &d[1..]
    } else {
        &d[..]
    };
    out.resize(out.len() + fill, b'0');
    out.extend_from_slice(rest);
    Ok(mk(vm, &args[0], out))
}
fn b_expandtabs(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let d = me(vm, args);
    let ts = match arg(args, kw, 0, "tabsize") {
        Some(t) => {
            let t = t.clone();
            crate::types::str_methods::c_int_arg(vm, &t)?
        }
        None => 8,
    };
    let mut out = Vec::new();
    let mut col = 0i64;
    for &c in &d {
        if c == b'\t' {
            if ts > 0 && ts as u64 > crate::modules::heap_limit() as u64 {
                return vm.memory_error();
            }
            if ts > 0 {
                let n = ts - col % ts;
                out.resize(out.len() + n as usize, b' ');
                col += n;
            }
        } else {
            out.push(c);
            col += 1;
            if c == b'\n' || c == b'\r' {
                col = 0;
            }
        }
    }
    Ok(mk(vm, &args[0], out))
}
fn b_translate(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if args.len() < 2 {
        return vm.type_error("translate() takes at least 1 argument (0 given)");
    }
    let d = me(vm, args);
    let table = if args[1].is_none() {
        None
    } else {
        let t = arg_buf(vm, &args[1])?;
        if t.len() != 256 {
            return vm.value_error("translation table must be 256 characters long");
        }
        Some(t)
    };
    let del = match args.get(2).or_else(|| crate::builtins::kwarg(kw, "delete")) {
        Some(x) => arg_buf(vm, x)?,
        None => Vec::new(),
    };
    let out: Vec<u8> = d
        .iter()
        .filter(|c| !del.contains(c))
        .map(|&c| match &table {
            Some(t) => t[c as usize],
            None => c,
        })
        .collect();
    Ok(mk(vm, &args[0], out))
}
fn b_maketrans(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    // Static method: args are (from, to).
    let (a, b) = match args {
        [a, b] => (a, b),
        _ => {
            return vm.type_error(format!(
                "maketrans expected 2 arguments, got {}",
                args.len()
            ))
        }
    };
    let f = arg_buf(vm, a)?;
    let t = arg_buf(vm, b)?;
    if f.len() != t.len() {
        return vm.value_error("maketrans arguments must have same length");
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (x, y) in f.iter().zip(t.iter()) {
        table[*x as usize] = *y;
    }
    Ok(vm.new_bytes(table))
}
fn b_removeprefix(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "removeprefix", &args[1..], 1, 1)?;
    let d = me(vm, args);
    let p = arg_buf(vm, &args[1])?;
    let r = if d.starts_with(&p) {
        d[p.len()..].to_vec()
    } else {
        d
    };
    Ok(mk(vm, &args[0], r))
}
fn b_removesuffix(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "removesuffix", &args[1..], 1, 1)?;
    let d = me(vm, args);
    let p = arg_buf(vm, &args[1])?;
    let r = if !p.is_empty() && d.ends_with(&p) {
        d[..d.len() - p.len()].to_vec()
    } else {
        d
    };
    Ok(mk(vm, &args[0], r))
}

// ---------------------------------------------------------------- bytearray mutation

macro_rules! with_ba {
    ($vm:expr, $v:expr, |$d:ident| $body:expr) => {{
        match $v.payload() {
            Some(Payload::ByteArray(cell)) => {
                let mut $d = cell.borrow_mut();
                $body
            }
            _ => return $vm.type_error("descriptor requires a 'bytearray' object"),
        }
    }};
}

fn ba_append(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "append", &args[1..], 1, 1)?;
    let b = byte_value(vm, &args[1])?;
    crate::types::memoryview::check_bytearray_resize(vm, &args[0])?;
    with_ba!(vm, args[0], |d| d.push(b));
    Ok(Value::None)
}
fn ba_extend(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "extend", &args[1..], 1, 1)?;
    let src = if let Some(b) = buffer_bytes(vm, &args[1]) {
        b
    } else {
        let it = match vm.get_iter(&args[1]) {
            Ok(it) => it,
            Err(_) => {
                return vm.type_error(format!(
                    "can't extend bytearray with {}",
                    vm.type_name(&args[1])
                ))
            }
        };
        let mut out = Vec::new();
        while let Some(x) = vm.next(&it)? {
            out.push(byte_value(vm, &x)?);
        }
        out
    };
    if !src.is_empty() {
        crate::types::memoryview::check_bytearray_resize(vm, &args[0])?;
    }
    with_ba!(vm, args[0], |d| d.extend_from_slice(&src));
    Ok(Value::None)
}
fn ba_insert(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    if args.len() != 3 {
        return vm.type_error(format!(
            "insert expected 2 arguments, got {}",
            args.len() - 1
        ));
    }
    let i = ssize_value(vm, &args[1])?;
    let b = byte_value(vm, &args[2])?;
    crate::types::memoryview::check_bytearray_resize(vm, &args[0])?;
    with_ba!(vm, args[0], |d| {
        let n = d.len() as i64;
        let p = if i < 0 { (i + n).max(0) } else { i.min(n) };
        d.insert(p as usize, b);
    });
    Ok(Value::None)
}
fn ba_pop(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "pop", &args[1..], 0, 1)?;
    let i = match args.get(1) {
        Some(v) => ssize_value(vm, v)?,
        None => -1,
    };
    let n = match args[0].payload() {
        Some(Payload::ByteArray(cell)) => cell.borrow().len(),
        _ => return vm.type_error("descriptor requires a 'bytearray' object"),
    };
    let r = if n == 0 {
        Err("pop from empty bytearray")
    } else {
        match crate::types::seq::normalize_index(i, n) {
            Some(p) => {
                crate::types::memoryview::check_bytearray_resize(vm, &args[0])?;
                Ok(with_ba!(vm, args[0], |d| d.remove(p)))
            }
            None => Err("pop index out of range"),
        }
    };
    match r {
        Ok(b) => Ok(Value::Int(b as i64)),
        Err(m) => vm.index_error(m),
    }
}
fn ba_remove(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "remove", &args[1..], 1, 1)?;
    let b = byte_value(vm, &args[1])?;
    let Some(p) = me(vm, args).iter().position(|&x| x == b) else {
        return vm.value_error("value not found in bytearray");
    };
    crate::types::memoryview::check_bytearray_resize(vm, &args[0])?;
    with_ba!(vm, args[0], |d| d.remove(p));
    Ok(Value::None)
}
fn ba_reverse(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    with_ba!(vm, args[0], |d| d.reverse());
    Ok(Value::None)
}
fn ba_clear(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    if !me(vm, args).is_empty() {
        crate::types::memoryview::check_bytearray_resize(vm, &args[0])?;
    }
    with_ba!(vm, args[0], |d| d.clear());
    Ok(Value::None)
}
fn ba_alloc(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let n = match args.first().and_then(|a| a.payload()) {
        Some(Payload::ByteArray(b)) => b.borrow().capacity().max(b.borrow().len() + 1),
        _ => 0,
    };
    let _ = vm;
    Ok(Value::Int(n as i64))
}
fn ba_copy(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let d = me(vm, args);
    Ok(vm.new_bytearray(d))
}
fn ba_setitem_m(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "__setitem__", &args[1..], 2, 2)?;
    bytearray_setitem(vm, &args[0], &args[1], args[2].clone())?;
    Ok(Value::None)
}
fn ba_delitem_m(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "__delitem__", &args[1..], 1, 1)?;
    bytearray_delitem(vm, &args[0], &args[1])?;
    Ok(Value::None)
}
fn ba_iadd(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(b) = buffer_bytes(vm, &args[1]) else {
        return vm.type_error(format!(
            "can't concat {} to bytearray",
            vm.type_name(&args[1])
        ));
    };
    if !b.is_empty() {
        crate::types::memoryview::check_bytearray_resize(vm, &args[0])?;
    }
    with_ba!(vm, args[0], |d| d.extend_from_slice(&b));
    Ok(args[0].clone())
}
fn ba_imul(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let n = ssize_value(vm, &args[1])?;
    let cur = me(vm, args);
    let n = n.max(0) as usize;
    if n.saturating_mul(cur.len()) > crate::modules::heap_limit() {
        return vm.memory_error();
    }
    if cur.len() * n != cur.len() {
        crate::types::memoryview::check_bytearray_resize(vm, &args[0])?;
    }
    with_ba!(vm, args[0], |d| *d = cur.repeat(n));
    Ok(args[0].clone())
}

// ---------------------------------------------------------------- dunders

fn d_getitem(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "__getitem__", &args[1..], 1, 1)?;
    bytes_getitem(vm, &args[0], &args[1])
}
fn d_len(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(me(vm, args).len() as i64))
}
fn d_iter(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(vm.new_iter(IterState::Seq {
        seq: args[0].clone(),
        index: 0,
    }))
}
fn d_contains(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "__contains__", &args[1..], 1, 1)?;
    Ok(Value::Bool(bytes_contains(vm, &args[0], &args[1])?))
}
fn binop_m(vm: &mut Vm, args: &[Value], op: u8) -> PyResult<Value> {
    if args.len() != 2 {
        return vm.type_error("expected 1 argument");
    }
    if op == binop::ADD && buffer_bytes(vm, &args[1]).is_none() {
        return vm.type_error(format!(
            "can't concat {} to {}",
            vm.type_name(&args[1]),
            vm.type_name(&args[0])
        ));
    }
    Ok(vm
        .builtin_binop(&args[0], &args[1], op)?
        .unwrap_or(Value::NotImplemented))
}
fn d_add(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    binop_m(vm, a, binop::ADD)
}
fn d_mul(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    // The slot wrapper converts its argument with __index__ (TypeError
    // otherwise); the `*` operator never gets here for non-integers.
    if a.len() == 2 {
        if let Some(IntVal::Big(_)) = as_int(&a[1]) {
            return vm.overflow_error("cannot fit 'int' into an index-sized integer");
        }
        let n = ssize_value(vm, &a[1])?;
        let d = me(vm, a);
        let n = n.max(0) as usize;
        if n.saturating_mul(d.len()) > crate::modules::heap_limit() {
            return vm.memory_error();
        }
        let r = d.repeat(n);
        return Ok(if is_ba(&a[0]) {
            vm.new_bytearray(r)
        } else {
            vm.new_bytes(r)
        });
    }
    binop_m(vm, a, binop::MUL)
}
fn d_rmod(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    if a.len() != 2 {
        return vm.type_error("expected 1 argument");
    }
    // `other % self` only when other has this method's own type.
    let same_kind = match (a[0].payload(), a[1].payload()) {
        (Some(Payload::Bytes(_)), Some(Payload::Bytes(_))) => true,
        (Some(Payload::ByteArray(_)), Some(Payload::ByteArray(_))) => true,
        _ => false,
    };
    if !same_kind {
        return Ok(Value::NotImplemented);
    }
    percent_format_bytes(vm, &a[1], &a[0])
}
fn d_mod(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    if a.len() != 2 {
        return vm.type_error("expected 1 argument");
    }
    percent_format_bytes(vm, &a[0], &a[1])
}
fn cmp_m(vm: &mut Vm, args: &[Value], op: u8) -> PyResult<Value> {
    if args.len() != 2 {
        return vm.type_error("expected 1 argument");
    }
    let (Some(x), Some(y)) = (buffer_bytes(vm, &args[0]), buffer_bytes(vm, &args[1])) else {
        return Ok(Value::NotImplemented);
    };
    // bytes compares only with bytes (bytearray and memoryview handle the
    // mixed cases from their side); bytearray with any buffer.
    if !is_ba(&args[0]) && !matches!(args[1].payload(), Some(Payload::Bytes(_))) {
        return Ok(Value::NotImplemented);
    }
    let o = x.cmp(&y);
    use core::cmp::Ordering::*;
    Ok(Value::Bool(match op {
        cmpop::LT => o == Less,
        cmpop::LE => o != Greater,
        cmpop::EQ => o == Equal,
        cmpop::NE => o != Equal,
        cmpop::GT => o == Greater,
        _ => o != Less,
    }))
}
fn d_eq(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    cmp_m(vm, a, cmpop::EQ)
}
fn d_ne(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    cmp_m(vm, a, cmpop::NE)
}
fn d_lt(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    cmp_m(vm, a, cmpop::LT)
}
fn d_le(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    cmp_m(vm, a, cmpop::LE)
}
fn d_gt(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    cmp_m(vm, a, cmpop::GT)
}
fn d_ge(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    cmp_m(vm, a, cmpop::GE)
}
fn d_hash(_vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    // Same as the central hash of a bytes payload.
    let d = match a[0].payload() {
        Some(Payload::Bytes(b)) => b.to_vec(),
        _ => Vec::new(),
    };
    let v = Value::Obj(Object::new(
        _vm.types.bytes.clone(),
        Payload::Bytes(d.into_boxed_slice()),
        None,
    ));
    Ok(Value::Int(_vm.hash(&v)?))
}
fn d_repr(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let d = me(vm, a);
    let r = crate::runtime::repr::bytes_repr(&d);
    if is_ba(&a[0]) {
        let cls = vm.type_of(&a[0]);
        let name = cls
            .type_data()
            .map(|t| t.name.borrow().clone())
            .unwrap_or_default();
        return Ok(Value::string(bytearray_repr(&name, &d)));
    }
    Ok(Value::string(r))
}
/// repr of a bytearray: `name(b'...')`, where `'` is always escaped.
pub fn bytearray_repr(name: &str, d: &[u8]) -> String {
    let r = crate::runtime::repr::bytes_repr(d);
    let r = if r.starts_with("b\"") {
        let inner = &r[2..r.len() - 1];
        format!("b\"{}\"", inner.replace('\'', "\\'"))
    } else {
        r
    };
    format!("{}({})", name, r)
}

fn d_bytes(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let d = me(vm, a);
    Ok(vm.new_bytes(d))
}
fn d_getnewargs(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let d = me(vm, a);
    let b = vm.new_bytes(d);
    Ok(vm.new_tuple(vec![b]))
}

/// Argument signatures of the bytes/bytearray methods, checked (with
/// CPython's messages) before the method body runs.
#[derive(Clone, Copy)]
enum Sig {
    /// METH_NOARGS.
    NoArgs,
    /// METH_O.
    One,
    /// Positional-only with `min..=max` arguments (Argument Clinic).
    Pos(usize, usize),
    /// Old-style `find`-family parsing: at most N positional arguments.
    Old(usize),
    /// Keyword-capable parameters.
    Kw(&'static [&'static str]),
    /// `translate(table, /, delete=b'')`.
    Translate,
    /// Only `self` is checked (special methods).
    Any,
}

fn sig_check(vm: &Vm, args: &[Value], kw: &KwArgs, ty: &str, name: &str, sig: Sig) -> PyResult<()> {
    // Slot wrappers word their errors differently from method descriptors.
    let dunder = name.starts_with("__") && !matches!(name, "__bytes__" | "__getnewargs__");
    let self_ok = match args.first().and_then(|a| a.payload()) {
        Some(Payload::Bytes(_)) => ty == "bytes",
        Some(Payload::ByteArray(_)) => ty == "bytearray",
        _ => false,
    };
    if !self_ok {
        return match args.first() {
            None if dunder => vm.type_error(format!(
                "descriptor '{}' of '{}' object needs an argument",
                name, ty
            )),
            None => vm.type_error(format!(
                "unbound method {}.{}() needs an argument",
                ty, name
            )),
            Some(v) if dunder => vm.type_error(format!(
                "descriptor '{}' requires a '{}' object but received a '{}'",
                name,
                ty,
                vm.type_name(v)
            )),
            Some(v) => vm.type_error(format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                name,
                ty,
                vm.type_name(v)
            )),
        };
    }
    let n = args.len().saturating_sub(1);
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    match sig {
        Sig::NoArgs | Sig::One | Sig::Pos(..) | Sig::Old(_) if !kw.is_empty() => {
            if let Sig::Old(_) = sig {
                return vm.type_error(format!("{}() takes no keyword arguments", name));
            }
            vm.type_error(format!("{}.{}() takes no keyword arguments", ty, name))
        }
        Sig::NoArgs if n > 0 => vm.type_error(format!(
            "{}.{}() takes no arguments ({} given)",
            ty, name, n
        )),
        Sig::One if n != 1 => vm.type_error(format!(
            "{}.{}() takes exactly one argument ({} given)",
            ty, name, n
        )),
        Sig::Pos(min, max) if n < min || n > max => {
            if min == max {
                vm.type_error(format!(
                    "{} expected {} argument{}, got {}",
                    name,
                    min,
                    plural(min),
                    n
                ))
            } else if n < min {
                vm.type_error(format!(
                    "{} expected at least {} argument{}, got {}",
                    name,
                    min,
                    plural(min),
                    n
                ))
            } else {
                vm.type_error(format!(
                    "{} expected at most {} argument{}, got {}",
                    name,
                    max,
                    plural(max),
                    n
                ))
            }
        }
        Sig::Old(max) if n > max => vm.type_error(format!(
            "{}() takes at most {} argument{} ({} given)",
            name,
            max,
            plural(max),
            n
        )),
        Sig::Kw(names) => {
            let total = n + kw.len();
            if total > names.len() {
                return vm.type_error(format!(
                    "{}() takes at most {} {}argument{} ({} given)",
                    name,
                    names.len(),
                    if n == 0 { "keyword " } else { "" },
                    plural(names.len()),
                    total
                ));
            }
            for (k, _) in kw {
                if let Some(i) = names.iter().position(|x| *x == k.as_str()) {
                    if i < n {
                        return vm.type_error(format!(
                            "argument for {}() given by name ('{}') and position ({})",
                            name,
                            k.as_str(),
                            i + 1
                        ));
                    }
                } else {
                    return vm.type_error(format!(
                        "'{}' is an invalid keyword argument for {}()",
                        k.as_str(),
                        name
                    ));
                }
            }
            Ok(())
        }
        Sig::Translate => {
            let total = n + kw.len();
            if total > 2 {
                return vm.type_error(format!(
                    "{}() takes at most 2 arguments ({} given)",
                    name, total
                ));
            }
            if n < 1 {
                return vm.type_error(format!(
                    "{}() takes at least 1 positional argument (0 given)",
                    name
                ));
            }
            for (k, _) in kw {
                if k.as_str() != "delete" {
                    return vm.type_error(format!(
                        "'{}' is an invalid keyword argument for {}()",
                        k.as_str(),
                        name
                    ));
                }
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

macro_rules! checked {
    ($(($wb:ident, $wba:ident) = $f:ident : $name:literal, $sig:expr;)*) => {
        $(
            #[allow(dead_code)] // bytearray-only methods have no bytes version
            fn $wb(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
                sig_check(vm, a, k, "bytes", $name, $sig)?;
                $f(vm, a, k)
            }
            #[allow(dead_code)] // bytes-only special methods have no bytearray version
            fn $wba(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
                sig_check(vm, a, k, "bytearray", $name, $sig)?;
                $f(vm, a, k)
            }
        )*
    };
}

checked! {
    (b_decode_chk, b_decode_chkba) = b_decode: "decode", Sig::Kw(&["encoding", "errors"]);
    (b_hex_chk, b_hex_chkba) = b_hex: "hex", Sig::Kw(&["sep", "bytes_per_sep"]);
    (b_count_chk, b_count_chkba) = b_count: "count", Sig::Old(3);
    (b_find_chk, b_find_chkba) = b_find: "find", Sig::Old(3);
    (b_rfind_chk, b_rfind_chkba) = b_rfind: "rfind", Sig::Old(3);
    (b_index_chk, b_index_chkba) = b_index: "index", Sig::Old(3);
    (b_rindex_chk, b_rindex_chkba) = b_rindex: "rindex", Sig::Old(3);
    (b_startswith_chk, b_startswith_chkba) = b_startswith: "startswith", Sig::Old(3);
    (b_endswith_chk, b_endswith_chkba) = b_endswith: "endswith", Sig::Old(3);
    (b_split_chk, b_split_chkba) = b_split: "split", Sig::Kw(&["sep", "maxsplit"]);
    (b_rsplit_chk, b_rsplit_chkba) = b_rsplit: "rsplit", Sig::Kw(&["sep", "maxsplit"]);
    (b_splitlines_chk, b_splitlines_chkba) = b_splitlines: "splitlines", Sig::Kw(&["keepends"]);
    (b_join_chk, b_join_chkba) = b_join: "join", Sig::One;
    (b_strip_chk, b_strip_chkba) = b_strip: "strip", Sig::Pos(0, 1);
    (b_lstrip_chk, b_lstrip_chkba) = b_lstrip: "lstrip", Sig::Pos(0, 1);
    (b_rstrip_chk, b_rstrip_chkba) = b_rstrip: "rstrip", Sig::Pos(0, 1);
    (b_partition_chk, b_partition_chkba) = b_partition: "partition", Sig::One;
    (b_rpartition_chk, b_rpartition_chkba) = b_rpartition: "rpartition", Sig::One;
    (b_replace_chk, b_replace_chkba) = b_replace: "replace", Sig::Pos(2, 3);
    (b_upper_chk, b_upper_chkba) = b_upper: "upper", Sig::NoArgs;
    (b_lower_chk, b_lower_chkba) = b_lower: "lower", Sig::NoArgs;
    (b_capitalize_chk, b_capitalize_chkba) = b_capitalize: "capitalize", Sig::NoArgs;
    (b_swapcase_chk, b_swapcase_chkba) = b_swapcase: "swapcase", Sig::NoArgs;
    (b_title_chk, b_title_chkba) = b_title: "title", Sig::NoArgs;
    (b_isalnum_chk, b_isalnum_chkba) = b_isalnum: "isalnum", Sig::NoArgs;
    (b_isalpha_chk, b_isalpha_chkba) = b_isalpha: "isalpha", Sig::NoArgs;
    (b_isdigit_chk, b_isdigit_chkba) = b_isdigit: "isdigit", Sig::NoArgs;
    (b_islower_chk, b_islower_chkba) = b_islower: "islower", Sig::NoArgs;
    (b_isupper_chk, b_isupper_chkba) = b_isupper: "isupper", Sig::NoArgs;
    (b_isspace_chk, b_isspace_chkba) = b_isspace: "isspace", Sig::NoArgs;
    (b_istitle_chk, b_istitle_chkba) = b_istitle: "istitle", Sig::NoArgs;
    (b_isascii_chk, b_isascii_chkba) = b_isascii: "isascii", Sig::NoArgs;
    (b_center_chk, b_center_chkba) = b_center: "center", Sig::Pos(1, 2);
    (b_ljust_chk, b_ljust_chkba) = b_ljust: "ljust", Sig::Pos(1, 2);
    (b_rjust_chk, b_rjust_chkba) = b_rjust: "rjust", Sig::Pos(1, 2);
    (b_zfill_chk, b_zfill_chkba) = b_zfill: "zfill", Sig::One;
    (b_expandtabs_chk, b_expandtabs_chkba) = b_expandtabs: "expandtabs", Sig::Kw(&["tabsize"]);
    (b_translate_chk, b_translate_chkba) = b_translate: "translate", Sig::Translate;
    (b_removeprefix_chk, b_removeprefix_chkba) = b_removeprefix: "removeprefix", Sig::One;
    (b_removesuffix_chk, b_removesuffix_chkba) = b_removesuffix: "removesuffix", Sig::One;
    (ba_append_chk, ba_append_chkba) = ba_append: "append", Sig::One;
    (ba_extend_chk, ba_extend_chkba) = ba_extend: "extend", Sig::One;
    (ba_insert_chk, ba_insert_chkba) = ba_insert: "insert", Sig::Pos(2, 2);
    (ba_pop_chk, ba_pop_chkba) = ba_pop: "pop", Sig::Pos(0, 1);
    (ba_remove_chk, ba_remove_chkba) = ba_remove: "remove", Sig::One;
    (ba_reverse_chk, ba_reverse_chkba) = ba_reverse: "reverse", Sig::NoArgs;
    (ba_clear_chk, ba_clear_chkba) = ba_clear: "clear", Sig::NoArgs;
    (ba_copy_chk, ba_copy_chkba) = ba_copy: "copy", Sig::NoArgs;
    (ba_alloc_chk, ba_alloc_chkba) = ba_alloc: "__alloc__", Sig::NoArgs;
    (dd_getitem_chk, dd_getitem_chkba) = d_getitem: "__getitem__", Sig::Any;
    (dd_len_chk, dd_len_chkba) = d_len: "__len__", Sig::Any;
    (dd_iter_chk, dd_iter_chkba) = d_iter: "__iter__", Sig::Any;
    (dd_contains_chk, dd_contains_chkba) = d_contains: "__contains__", Sig::Any;
    (dd_add_chk, dd_add_chkba) = d_add: "__add__", Sig::Any;
    (dd_mul_chk, dd_mul_chkba) = d_mul: "__mul__", Sig::Any;
    (dd_rmul_chk, dd_rmul_chkba) = d_mul: "__rmul__", Sig::Any;
    (dd_mod_chk, dd_mod_chkba) = d_mod: "__mod__", Sig::Any;
    (dd_rmod_chk, dd_rmod_chkba) = d_rmod: "__rmod__", Sig::Any;
    (dd_eq_chk, dd_eq_chkba) = d_eq: "__eq__", Sig::Any;
    (dd_ne_chk, dd_ne_chkba) = d_ne: "__ne__", Sig::Any;
    (dd_lt_chk, dd_lt_chkba) = d_lt: "__lt__", Sig::Any;
    (dd_le_chk, dd_le_chkba) = d_le: "__le__", Sig::Any;
    (dd_gt_chk, dd_gt_chkba) = d_gt: "__gt__", Sig::Any;
    (dd_ge_chk, dd_ge_chkba) = d_ge: "__ge__", Sig::Any;
    (dd_repr_chk, dd_repr_chkba) = d_repr: "__repr__", Sig::Any;
    (dd_str_chk, dd_str_chkba) = d_repr: "__str__", Sig::Any;
    (dd_hash_chk, dd_hash_chkba) = d_hash: "__hash__", Sig::Any;
    (dd_bytes_chk, dd_bytes_chkba) = d_bytes: "__bytes__", Sig::Any;
    (dd_getnewargs_chk, dd_getnewargs_chkba) = d_getnewargs: "__getnewargs__", Sig::Any;
    (dd_setitem_chk, dd_setitem_chkba) = ba_setitem_m: "__setitem__", Sig::Any;
    (dd_delitem_chk, dd_delitem_chkba) = ba_delitem_m: "__delitem__", Sig::Any;
    (dd_iadd_chk, dd_iadd_chkba) = ba_iadd: "__iadd__", Sig::Any;
    (dd_imul_chk, dd_imul_chkba) = ba_imul: "__imul__", Sig::Any;
}

/// Install bytes/bytearray methods.
pub fn init(vm: &mut Vm) {
    let shared: &[(&str, NativeFn, NativeFn)] = &[
        ("decode", b_decode_chk, b_decode_chkba),
        ("hex", b_hex_chk, b_hex_chkba),
        ("count", b_count_chk, b_count_chkba),
        ("find", b_find_chk, b_find_chkba),
        ("rfind", b_rfind_chk, b_rfind_chkba),
        ("index", b_index_chk, b_index_chkba),
        ("rindex", b_rindex_chk, b_rindex_chkba),
        ("startswith", b_startswith_chk, b_startswith_chkba),
        ("endswith", b_endswith_chk, b_endswith_chkba),
        ("split", b_split_chk, b_split_chkba),
        ("rsplit", b_rsplit_chk, b_rsplit_chkba),
        ("splitlines", b_splitlines_chk, b_splitlines_chkba),
        ("join", b_join_chk, b_join_chkba),
        ("strip", b_strip_chk, b_strip_chkba),
        ("lstrip", b_lstrip_chk, b_lstrip_chkba),
        ("rstrip", b_rstrip_chk, b_rstrip_chkba),
        ("partition", b_partition_chk, b_partition_chkba),
        ("rpartition", b_rpartition_chk, b_rpartition_chkba),
        ("replace", b_replace_chk, b_replace_chkba),
        ("upper", b_upper_chk, b_upper_chkba),
        ("lower", b_lower_chk, b_lower_chkba),
        ("capitalize", b_capitalize_chk, b_capitalize_chkba),
        ("swapcase", b_swapcase_chk, b_swapcase_chkba),
        ("title", b_title_chk, b_title_chkba),
        ("isalnum", b_isalnum_chk, b_isalnum_chkba),
        ("isalpha", b_isalpha_chk, b_isalpha_chkba),
        ("isdigit", b_isdigit_chk, b_isdigit_chkba),
        ("islower", b_islower_chk, b_islower_chkba),
        ("isupper", b_isupper_chk, b_isupper_chkba),
        ("isspace", b_isspace_chk, b_isspace_chkba),
        ("istitle", b_istitle_chk, b_istitle_chkba),
        ("isascii", b_isascii_chk, b_isascii_chkba),
        ("center", b_center_chk, b_center_chkba),
        ("ljust", b_ljust_chk, b_ljust_chkba),
        ("rjust", b_rjust_chk, b_rjust_chkba),
        ("zfill", b_zfill_chk, b_zfill_chkba),
        ("expandtabs", b_expandtabs_chk, b_expandtabs_chkba),
        ("translate", b_translate_chk, b_translate_chkba),
        ("removeprefix", b_removeprefix_chk, b_removeprefix_chkba),
        ("removesuffix", b_removesuffix_chk, b_removesuffix_chkba),
        ("__getitem__", dd_getitem_chk, dd_getitem_chkba),
        ("__len__", dd_len_chk, dd_len_chkba),
        ("__iter__", dd_iter_chk, dd_iter_chkba),
        ("__contains__", dd_contains_chk, dd_contains_chkba),
        ("__add__", dd_add_chk, dd_add_chkba),
        ("__mul__", dd_mul_chk, dd_mul_chkba),
        ("__rmul__", dd_rmul_chk, dd_rmul_chkba),
        ("__mod__", dd_mod_chk, dd_mod_chkba),
        ("__rmod__", dd_rmod_chk, dd_rmod_chkba),
        ("__eq__", dd_eq_chk, dd_eq_chkba),
        ("__ne__", dd_ne_chk, dd_ne_chkba),
        ("__lt__", dd_lt_chk, dd_lt_chkba),
        ("__le__", dd_le_chk, dd_le_chkba),
        ("__gt__", dd_gt_chk, dd_gt_chkba),
        ("__ge__", dd_ge_chk, dd_ge_chkba),
        ("__repr__", dd_repr_chk, dd_repr_chkba),
        ("__str__", dd_str_chk, dd_str_chkba),
    ];
    let ba_only: &[(&str, NativeFn)] = &[
        ("append", ba_append_chkba),
        ("extend", ba_extend_chkba),
        ("insert", ba_insert_chkba),
        ("pop", ba_pop_chkba),
        ("remove", ba_remove_chkba),
        ("reverse", ba_reverse_chkba),
        ("clear", ba_clear_chkba),
        ("copy", ba_copy_chkba),
        ("__alloc__", ba_alloc_chkba),
        ("__setitem__", dd_setitem_chkba),
        ("__delitem__", dd_delitem_chkba),
        ("__iadd__", dd_iadd_chkba),
        ("__imul__", dd_imul_chkba),
        ("__init__", bytearray_init),
    ];
    let bytes_only: &[(&str, NativeFn)] = &[
        ("__hash__", dd_hash_chk),
        ("__bytes__", dd_bytes_chk),
        ("__getnewargs__", dd_getnewargs_chk),
    ];
    for (tyname, extra) in [("bytes", bytes_only), ("bytearray", ba_only)] {
        let ty = if tyname == "bytes" {
            vm.types.bytes.clone()
        } else {
            vm.types.bytearray.clone()
        };
        let mut list: Vec<(&'static str, NativeFn)> = Vec::new();
        let own = shared
            .iter()
            .map(|(n, fb, fba)| (*n, if tyname == "bytes" { *fb } else { *fba }));
        for (n, f) in own.chain(extra.iter().copied()) {
            let full: &'static str = Box::leak(format!("{}.{}", tyname, n).into_boxed_str());
            list.push((full, f));
        }
        crate::vm::types::add_methods(&vm.types, &ty, &list);
        let fname: &'static str = Box::leak(format!("{}.fromhex", tyname).into_boxed_str());
        let fh = vm.new_builtin(fname, b_fromhex);
        let cm = Value::Obj(Object::new(
            vm.types.classmethod.clone(),
            Payload::ClassMethod(fh),
            None,
        ));
        crate::vm::types::set_type_attr(&ty, "fromhex", cm);
        let mname: &'static str = Box::leak(format!("{}.maketrans", tyname).into_boxed_str());
        let mt = vm.new_builtin(mname, b_maketrans);
        let sm = Value::Obj(Object::new(
            vm.types.staticmethod.clone(),
            Payload::StaticMethod(mt),
            None,
        ));
        crate::vm::types::set_type_attr(&ty, "maketrans", sm);
    }
    let t = vm.types.bytes.clone();
    let new = vm.new_builtin("bytes.__new__", bytes_new);
    let sm = Value::Obj(Object::new(
        vm.types.staticmethod.clone(),
        Payload::StaticMethod(new),
        None,
    ));
    crate::vm::types::set_type_attr(&t, "__new__", sm);
    // bytearray is mutable: unhashable.
    let ba = vm.types.bytearray.clone();
    crate::vm::types::set_type_attr(&ba, "__hash__", Value::None);
    // UnicodeDecodeError / UnicodeEncodeError: message and attributes.
    for cls in [
        vm.exc.unicode_decode_error.clone(),
        vm.exc.unicode_encode_error.clone(),
    ] {
        crate::vm::types::add_methods(
            &vm.types,
            &cls,
            &[("UnicodeError.__str__", unicode_err_str)],
        );
        for (n, f) in [
            ("encoding", ue_encoding as NativeFn),
            ("object", ue_object),
            ("start", ue_start),
            ("end", ue_end),
            ("reason", ue_reason),
        ] {
            let g = vm.new_builtin("UnicodeError.attr", f);
            let p = vm.new_readonly_property(g);
            crate::vm::types::set_type_attr(&cls, n, p);
        }
    }
    crate::types::memoryview::init(vm);
    let _: Option<Ref> = None;
    let _ = IntVal::Small(0);
}
