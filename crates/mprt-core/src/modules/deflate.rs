//! `deflate`: MicroPython's DEFLATE stream wrapper (`DeflateIO`), using
//! `miniz_oxide` for the compression itself.
//!
//! A `DeflateIO` wraps a stream with `read`/`write` methods. Reading
//! decompresses: the compressed data is read from the stream on the first
//! read and inflated (raw, zlib or gzip; AUTO detects zlib or gzip).
//! Writing compresses: the written data is collected and emitted, as one
//! DEFLATE stream with the chosen framing (AUTO = raw), when the object is
//! closed. Errors follow MicroPython: corrupt data raises `OSError(22)`,
//! truncated data `EOFError`, use after `close()` `OSError(22)`.

use crate::object::*;
use crate::types::bytes::buffer_bytes;
use crate::value::{Ref, Value};
use crate::vm::call::KwArgs;
use crate::vm::Vm;
use crate::PyResult;
use alloc::boxed::Box;
use alloc::vec;
use alloc::vec::Vec;
use core::any::Any;
use core::cell::RefCell;

/// Detect zlib or gzip framing when decompressing; raw when compressing.
pub const AUTO: i64 = 0;
/// No framing.
pub const RAW: i64 = 1;
/// zlib framing (RFC 1950).
pub const ZLIB: i64 = 2;
/// gzip framing (RFC 1952).
pub const GZIP: i64 = 3;

struct State {
    stream: Value,
    format: i64,
    close_stream: bool,
    closed: bool,
    /// Decompressed data (once read) and the read position in it.
    out: Option<Vec<u8>>,
    pos: usize,
    /// Data written so far (compressed at close).
    pending: Vec<u8>,
    writing: bool,
}

/// A `deflate.DeflateIO` instance.
pub struct DeflateObj {
    st: RefCell<State>,
}

impl NativeObject for DeflateObj {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.st.borrow().stream);
    }
    fn clear(&self) {
        let old = core::mem::replace(&mut self.st.borrow_mut().stream, Value::None);
        drop(old);
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn obj<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a DeflateObj> {
    match v.payload() {
        Some(Payload::Native(n)) => match n.as_any().downcast_ref::<DeflateObj>() {
            Some(d) => Ok(d),
            None => vm.type_error("descriptor requires a 'DeflateIO' object"),
        },
        _ => vm.type_error("descriptor requires a 'DeflateIO' object"),
    }
}

fn einval(vm: &Vm) -> Value {
    vm.new_exception(&vm.exc.os_error, vec![Value::Int(22)])
}

fn int_of(vm: &Vm, v: &Value) -> PyResult<i64> {
    match crate::runtime::num::as_int(v) {
        Some(crate::runtime::num::IntVal::Small(i)) => Ok(i),
        _ => vm.type_error(alloc::format!("can't convert {} to int", vm.type_name(v))),
    }
}

fn d_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return vm.type_error("function doesn't take keyword arguments");
    }
    let ty = args[0]
        .as_obj()
        .cloned()
        .unwrap_or_else(|| vm.types.object.clone());
    let args = &args[1..];
    if args.is_empty() || args.len() > 4 {
        return vm.type_error("function missing required positional argument");
    }
    let format = match args.get(1) {
        Some(v) => int_of(vm, v)?,
        None => AUTO,
    };
    if !(AUTO..=GZIP).contains(&format) {
        return vm.value_error("format");
    }
    let wbits = match args.get(2) {
        Some(v) => int_of(vm, v)?,
        None => 0,
    };
    if wbits != 0 && !(5..=15).contains(&wbits) {
        return vm.value_error("wbits");
    }
    let close_stream = match args.get(3) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    Ok(Value::Obj(Object::new(
        ty,
        Payload::Native(Box::new(DeflateObj {
            st: RefCell::new(State {
                stream: args[0].clone(),
                format,
                close_stream,
                closed: false,
                out: None,
                pos: 0,
                pending: Vec::new(),
                writing: false,
            }),
        })),
        None,
    )))
}

/// Parse the zlib or gzip header (per `format`) and return the offset of
/// the raw DEFLATE data.
fn header_len(data: &[u8], format: i64) -> Result<usize, bool> {
    // Err(true): truncated; Err(false): invalid.
    let is_gzip = data.len() >= 2 && data[0] == 0x1f && data[1] == 0x8b;
    let is_zlib = data.len() >= 2
        && data[0] & 0x0f == 8
        && ((data[0] as u16) << 8 | data[1] as u16) % 31 == 0;
    match format {
        RAW => Ok(0),
        ZLIB => {
            if data.len() < 2 {
                return Err(true);
            }
            if !is_zlib || data[1] & 0x20 != 0 {
                return Err(false);
            }
            Ok(2)
        }
        GZIP => {
            if data.len() < 10 {
                return Err(true);
            }
            if !is_gzip || data[2] != 8 {
                return Err(false);
            }
            let flags = data[3];
            let mut p = 10;
            if flags & 4 != 0 {
                if data.len() < p + 2 {
                    return Err(true);
                }
                p += 2 + (data[p] as usize | (data[p + 1] as usize) << 8);
            }
            for bit in [8u8, 16] {
                if flags & bit != 0 {
                    while p < data.len() && data[p] != 0 {
                        p += 1;
                    }
                    p += 1;
                }
            }
            if flags & 2 != 0 {
                p += 2;
            }
            if p > data.len() {
                return Err(true);
            }
            Ok(p)
        }
        _ => {
            if is_gzip {
                header_len(data, GZIP)
            } else if is_zlib {
                header_len(data, ZLIB)
            } else if data.len() < 2 {
                Err(true)
            } else {
                Err(false)
            }
        }
    }
}

/// Read the whole underlying stream and decompress it (first read only).
fn ensure_inflated(vm: &mut Vm, d: &Value) -> PyResult<()> {
    let o = obj(vm, d)?;
    let (stream, format) = {
        let st = o.st.borrow();
        if st.closed {
            return Err(einval(vm));
        }
        if st.out.is_some() {
            return Ok(());
        }
        (st.stream.clone(), st.format)
    };
    let mut data = Vec::new();
    loop {
        let chunk = vm.call_method(&stream, "read", &[Value::Int(4096)])?;
        if matches!(chunk, Value::None) {
            break;
        }
        let Some(b) = buffer_bytes(vm, &chunk) else {
            return vm.type_error("stream read() must return bytes");
        };
        if b.is_empty() {
            break;
        }
        data.extend_from_slice(&b);
    }
    let start = match header_len(&data, format) {
        Ok(n) => n,
        Err(true) => return Err(vm.new_exception(&vm.exc.eof_error, Vec::new())),
        Err(false) => return Err(einval(vm)),
    };
    let out = match miniz_oxide::inflate::decompress_to_vec(&data[start..]) {
        Ok(v) => v,
        Err(e) => {
            use miniz_oxide::inflate::TINFLStatus;
            return Err(match e.status {
                TINFLStatus::FailedCannotMakeProgress | TINFLStatus::NeedsMoreInput => {
                    vm.new_exception(&vm.exc.eof_error, Vec::new())
                }
                _ => einval(vm),
            });
        }
    };
    let mut st = o.st.borrow_mut();
    st.out = Some(out);
    st.pos = 0;
    Ok(())
}

/// Take up to `n` (all if None) decompressed bytes, stopping after a
/// newline when `line` is set.
fn take(vm: &mut Vm, d: &Value, n: Option<usize>, line: bool) -> PyResult<Vec<u8>> {
    ensure_inflated(vm, d)?;
    let o = obj(vm, d)?;
    let mut st = o.st.borrow_mut();
    let pos = st.pos;
    let out = st.out.as_ref().map(|v| &v[pos..]).unwrap_or(&[]);
    let mut k = n.unwrap_or(out.len()).min(out.len());
    if line {
        if let Some(i) = out[..k].iter().position(|&b| b == b'\n') {
            k = i + 1;
        }
    }
    let r = out[..k].to_vec();
    st.pos += k;
    Ok(r)
}

fn size_arg(vm: &Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let n = int_of(vm, v)?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
    }
}

fn d_read(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let n = size_arg(vm, args.get(1))?;
    let r = take(vm, &args[0], n, false)?;
    Ok(vm.new_bytes(r))
}

fn d_readline(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let n = size_arg(vm, args.get(1))?;
    let r = take(vm, &args[0], n, true)?;
    Ok(vm.new_bytes(r))
}

fn d_readinto(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "readinto", args, 2, 3)?;
    let Some(len) = super::extbuf::buf_len_mut(&args[1]) else {
        return vm.type_error("object with buffer protocol required");
    };
    let mut n = len;
    if let Some(m) = size_arg(vm, args.get(2))? {
        n = n.min(m);
    }
    let r = take(vm, &args[0], Some(n), false)?;
    super::extbuf::with_buf_mut(&args[1], |b| b[..r.len()].copy_from_slice(&r));
    Ok(Value::Int(r.len() as i64))
}

fn d_write(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "write", args, 2, 2)?;
    let Some(b) = buffer_bytes(vm, &args[1]) else {
        return vm.type_error("object with buffer protocol required");
    };
    let o = obj(vm, &args[0])?;
    let mut st = o.st.borrow_mut();
    if st.closed {
        drop(st);
        return Err(einval(vm));
    }
    st.writing = true;
    st.pending.extend_from_slice(&b);
    Ok(Value::Int(b.len() as i64))
}

fn adler32(d: &[u8]) -> u32 {
    let (mut a, mut b) = (1u32, 0u32);
    for ch in d.chunks(5552) {
        for &x in ch {
            a += x as u32;
            b += a;
        }
        a %= 65521;
        b %= 65521;
    }
    (b << 16) | a
}

/// The complete compressed stream for `data` in `format`.
fn compress(data: &[u8], format: i64) -> Vec<u8> {
    let body = miniz_oxide::deflate::compress_to_vec(data, 6);
    let mut out = Vec::with_capacity(body.len() + 18);
    match format {
        ZLIB => {
            // 32K window (what the compressor uses), default level.
            out.extend_from_slice(&[0x78, 0x9c]);
            out.extend_from_slice(&body);
            out.extend_from_slice(&adler32(data).to_be_bytes());
        }
        GZIP => {
            out.extend_from_slice(&[0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]);
            out.extend_from_slice(&body);
            out.extend_from_slice(&super::binascii::crc32_update(0, data).to_le_bytes());
            out.extend_from_slice(&(data.len() as u32).to_le_bytes());
        }
        _ => out.extend_from_slice(&body),
    }
    out
}

fn d_close(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let o = obj(vm, &args[0])?;
    let (stream, out, close_stream) = {
        let mut st = o.st.borrow_mut();
        if st.closed {
            return Ok(Value::None);
        }
        st.closed = true;
        let out = if st.writing {
            Some(compress(&st.pending, st.format))
        } else {
            None
        };
        st.pending = Vec::new();
        st.out = None;
        (st.stream.clone(), out, st.close_stream)
    };
    if let Some(out) = out {
        let b = vm.new_bytes(out);
        vm.call_method(&stream, "write", &[b])?;
    }
    if close_stream {
        vm.call_method(&stream, "close", &[])?;
    }
    Ok(Value::None)
}

fn d_flush(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let o = obj(vm, &args[0])?;
    if o.st.borrow().closed {
        return Err(einval(vm));
    }
    // Compressed output is produced as one stream at close().
    Ok(Value::None)
}

fn d_enter(_vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(args[0].clone())
}

fn d_exit(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    d_close(vm, &args[..1], kw)
}

/// Build the `deflate` module.
pub fn make(vm: &mut Vm) -> PyResult<Ref> {
    let m = vm.new_module("deflate");
    let o = [vm.types.object.clone()];
    let t = crate::vm::types::new_type(&vm.types, "DeflateIO", &o, BaseKind::Other, false);
    crate::vm::types::add_methods(
        &vm.types,
        &t,
        &[
            ("DeflateIO.read", d_read),
            ("DeflateIO.readinto", d_readinto),
            ("DeflateIO.readline", d_readline),
            ("DeflateIO.write", d_write),
            ("DeflateIO.flush", d_flush),
            ("DeflateIO.close", d_close),
            ("DeflateIO.__enter__", d_enter),
            ("DeflateIO.__exit__", d_exit),
        ],
    );
    crate::vm::types::set_type_attr(&t, "__module__", Value::str("deflate"));
    let new = vm.new_builtin("DeflateIO.__new__", d_new);
    let sm = Value::Obj(Object::new(
        vm.types.staticmethod.clone(),
        Payload::StaticMethod(new),
        None,
    ));
    crate::vm::types::set_type_attr(&t, "__new__", sm);
    vm.set_attr_str(&m, "DeflateIO", Value::Obj(t));
    for (n, v) in [("AUTO", AUTO), ("RAW", RAW), ("ZLIB", ZLIB), ("GZIP", GZIP)] {
        vm.set_attr_str(&m, n, Value::Int(v));
    }
    Ok(m)
}
