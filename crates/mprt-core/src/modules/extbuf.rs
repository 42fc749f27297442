//! Shared helpers for the MicroPython extension modules (`framebuf`,
//! `uctypes`, `deflate`): in-place access to the bytes of writable buffer
//! objects (bytearray, array.array and memoryviews over them).

use crate::object::*;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use alloc::vec::Vec;

/// Which kind of storage a buffer object has.
fn mv_of(v: &Value) -> Option<&crate::types::memoryview::MemoryView> {
    match v.payload()? {
        Payload::Native(n) => n
            .as_any()
            .downcast_ref::<crate::types::memoryview::MemoryView>(),
        _ => None,
    }
}

fn arr_of(v: &Value) -> Option<&crate::modules::array::ArrayObj> {
    match v.payload()? {
        Payload::Native(n) => n.as_any().downcast_ref::<crate::modules::array::ArrayObj>(),
        _ => None,
    }
}

/// Run `f` over the bytes of the writable buffer `v` in place.
///
/// Returns `None` when `v` is not a writable buffer (bytes, str, other
/// objects, released or read-only memoryviews). Strided memoryviews are
/// handled by copying out, running `f` and writing back.
pub fn with_buf_mut<R>(v: &Value, f: impl FnOnce(&mut [u8]) -> R) -> Option<R> {
    let mut f = Some(f);
    let mut out = None;
    let ok = buf_dyn(v, &mut |d: &mut [u8]| {
        if let Some(f) = f.take() {
            out = Some(f(d));
        }
    });
    if ok.is_some() {
        out
    } else {
        None
    }
}

/// Objects whose buffer is a window onto another object's bytes
/// (`uctypes.struct`, `framebuf.FrameBuffer`): (owner, offset, length).
pub fn delegate(v: &Value) -> Option<(Value, usize, usize)> {
    match v.payload()? {
        Payload::Native(_) => {
            super::uctypes::struct_buffer(v).or_else(|| super::framebuf::fb_buffer(v))
        }
        _ => None,
    }
}

fn buf_dyn(v: &Value, f: &mut dyn FnMut(&mut [u8])) -> Option<()> {
    if let Some((owner, off, len)) = delegate(v) {
        return buf_dyn(&owner, &mut |d: &mut [u8]| {
            let end = off.saturating_add(len).min(d.len());
            let s = off.min(end);
            f(&mut d[s..end])
        });
    }
    match v.payload()? {
        Payload::ByteArray(b) => {
            let mut b = b.try_borrow_mut().ok()?;
            Some(f(&mut b[..]))
        }
        Payload::Native(_) => {
            if let Some(a) = arr_of(v) {
                let mut d = a.data.try_borrow_mut().ok()?;
                return Some(f(&mut d[..]));
            }
            let mv = mv_of(v)?;
            if mv.readonly || mv.released.get() {
                return None;
            }
            let obj = mv.obj.borrow().clone();
            if let Some((start, len)) = mv.contiguous_range() {
                return buf_dyn(&obj, &mut |d: &mut [u8]| {
                    let end = (start + len).min(d.len());
                    let s = start.min(end);
                    f(&mut d[s..end])
                });
            }
            let pos = mv.byte_positions();
            buf_dyn(&obj, &mut |d: &mut [u8]| {
                let mut tmp: Vec<u8> = pos
                    .iter()
                    .map(|&p| d.get(p).copied().unwrap_or(0))
                    .collect();
                f(&mut tmp);
                for (p, b) in pos.iter().zip(tmp.iter()) {
                    if let Some(x) = d.get_mut(*p) {
                        *x = *b;
                    }
                }
            })
        }
        _ => None,
    }
}

/// Length in bytes of a writable buffer (None if `v` is not one).
pub fn buf_len_mut(v: &Value) -> Option<usize> {
    with_buf_mut(v, |d| d.len())
}

/// Run `f` over the bytes of the writable buffer `v`, raising TypeError
/// (CPython's wording) when `v` is not a writable buffer.
pub fn with_buf_mut_or_err<R>(vm: &Vm, v: &Value, f: impl FnOnce(&mut [u8]) -> R) -> PyResult<R> {
    match with_buf_mut(v, f) {
        Some(r) => Ok(r),
        None => vm.type_error(alloc::format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        )),
    }
}

/// The array type code of a buffer object (`B` for bytes-likes), used to
/// interpret coordinate arrays.
pub fn buffer_typecode(v: &Value) -> Option<u8> {
    if let Some(a) = arr_of(v) {
        return Some(a.code);
    }
    if delegate(v).is_some() {
        return Some(b'B');
    }
    match v.payload()? {
        Payload::Bytes(_) | Payload::ByteArray(_) => Some(b'B'),
        Payload::Native(_) => mv_of(v).map(|m| m.code),
        _ => None,
    }
}
