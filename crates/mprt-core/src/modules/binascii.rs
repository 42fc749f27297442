//! `binascii`: hex and base64 conversions and CRC-32.

use crate::object::*;
use crate::types::bytes::buffer_bytes;
use crate::value::{Ref, Value};
use crate::vm::call::KwArgs;
use crate::vm::Vm;
use crate::PyResult;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

fn err(vm: &Vm, msg: impl Into<String>) -> Value {
    let cls = crate::types::dict::dict_get_str(&vm.modules, "binascii")
        .and_then(|m| match m.payload() {
            Some(Payload::Module(d)) => crate::types::dict::dict_get_str(d, "Error"),
            _ => None,
        })
        .and_then(|c| c.as_obj().cloned())
        .unwrap_or_else(|| vm.exc.value_error.clone());
    vm.new_exc_msg(&cls, msg)
}

fn data_arg(vm: &Vm, v: Option<&Value>) -> PyResult<Vec<u8>> {
    let Some(v) = v else {
        return vm.type_error("function missing required argument 'data' (pos 1)");
    };
    match buffer_bytes(vm, v) {
        Some(b) => Ok(b),
        None => vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        )),
    }
}

/// Accepts ASCII str too (for the a2b_* functions).
fn ascii_arg(vm: &Vm, v: Option<&Value>) -> PyResult<Vec<u8>> {
    if let Some(s) = v.and_then(|v| v.as_pystr()) {
        if !s.is_ascii() {
            return vm.value_error("string argument should contain only ASCII characters");
        }
        return Ok(s.as_str().as_bytes().to_vec());
    }
    match v {
        Some(v) => match buffer_bytes(vm, v) {
            Some(b) => Ok(b),
            None => vm.type_error(format!(
                "argument should be bytes, buffer or ASCII string, not '{}'",
                vm.type_name(v)
            )),
        },
        None => vm.type_error("function missing required argument 'data' (pos 1)"),
    }
}

fn hexlify(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let d = data_arg(
        vm,
        args.first().or_else(|| crate::builtins::kwarg(kw, "data")),
    )?;
    let sep = args.get(1).or_else(|| crate::builtins::kwarg(kw, "sep"));
    let per = args
        .get(2)
        .or_else(|| crate::builtins::kwarg(kw, "bytes_per_sep"));
    let (sep, per) = crate::types::bytes::hex_sep_args(vm, sep, per)?;
    let s = crate::types::bytes::hex_with_sep(&d, sep, per);
    Ok(vm.new_bytes(s.into_bytes()))
}

fn hv(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

fn unhexlify(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let d = ascii_arg(
        vm,
        args.first()
            .or_else(|| crate::builtins::kwarg(kw, "hexstr")),
    )?;
    if d.len() % 2 != 0 {
        return Err(err(vm, "Odd-length string"));
    }
    let mut out = Vec::with_capacity(d.len() / 2);
    for p in d.chunks(2) {
        match (hv(p[0]), hv(p[1])) {
            (Some(a), Some(b)) => out.push(a * 16 + b),
            _ => return Err(err(vm, "Non-hexadecimal digit found")),
        }
    }
    Ok(vm.new_bytes(out))
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b2a_base64(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_kwargs(vm, "b2a_base64", kw, &["newline"])?;
    let d = data_arg(vm, args.first())?;
    let newline = match crate::builtins::kwarg(kw, "newline") {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let mut out = Vec::with_capacity(d.len() * 4 / 3 + 4);
    for ch in d.chunks(3) {
        let b = [ch[0], *ch.get(1).unwrap_or(&0), *ch.get(2).unwrap_or(&0)];
        let n = ((b[0] as u32) << 16) | ((b[1] as u32) << 8) | b[2] as u32;
        out.push(B64[(n >> 18) as usize & 63]);
        out.push(B64[(n >> 12) as usize & 63]);
        out.push(if ch.len() > 1 {
            B64[(n >> 6) as usize & 63]
        } else {
            b'='
        });
        out.push(if ch.len() > 2 {
            B64[n as usize & 63]
        } else {
            b'='
        });
    }
    if newline {
        out.push(b'\n');
    }
    Ok(vm.new_bytes(out))
}

fn b64val(c: u8) -> Option<u8> {
    match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    }
}

fn a2b_base64(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_kwargs(vm, "a2b_base64", kw, &["strict_mode"])?;
    let d = ascii_arg(vm, args.first())?;
    let mut out = Vec::new();
    let mut quad = 0;
    let mut left: u32 = 0;
    let mut pads = 0;
    let mut nvalid = 0usize;
    let mut done = false;
    for &c in &d {
        if c == b'=' {
            if quad >= 2 {
                pads += 1;
                if quad + pads >= 4 {
                    done = true;
                    break;
                }
            }
            continue;
        }
        let Some(v) = b64val(c) else { continue };
        pads = 0;
        nvalid += 1;
        let v = v as u32;
        match quad {
            0 => {
                left = v;
                quad = 1;
            }
            1 => {
                out.push(((left << 2) | (v >> 4)) as u8);
                left = v & 0xf;
                quad = 2;
            }
            2 => {
                out.push(((left << 4) | (v >> 2)) as u8);
                left = v & 3;
                quad = 3;
            }
            _ => {
                out.push(((left << 6) | v) as u8);
                quad = 0;
            }
        }
    }
    if !done && quad != 0 {
        if quad == 1 {
            return Err(err(
                vm,
                format!(
                    "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more than a multiple of 4",
                    nvalid
                ),
            ));
        }
        return Err(err(vm, "Incorrect padding"));
    }
    Ok(vm.new_bytes(out))
}

/// CRC-32 (IEEE) of `data` continuing from `crc`.
pub fn crc32_update(mut crc: u32, data: &[u8]) -> u32 {
    crc = !crc;
    for &b in data {
        crc ^= b as u32;
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn crc32(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "crc32", args, 1, 2)?;
    let d = data_arg(vm, args.first())?;
    let start = match args.get(1) {
        Some(v) => match crate::runtime::num::as_int(v) {
            Some(i) => {
                use num_traits::ToPrimitive;
                let b = i.big().into_owned();
                let m = b & num_bigint::BigInt::from(0xffff_ffffu32);
                m.to_u32().unwrap_or(0)
            }
            None => {
                return vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(v)
                ))
            }
        },
        None => 0,
    };
    Ok(Value::Int(crc32_update(start, &d) as i64))
}

/// Build the `binascii` module.
pub fn make(vm: &mut Vm) -> PyResult<Ref> {
    let m = vm.new_module("binascii");
    let fns: &[(&'static str, NativeFn)] = &[
        ("hexlify", hexlify),
        ("b2a_hex", hexlify),
        ("unhexlify", unhexlify),
        ("a2b_hex", unhexlify),
        ("b2a_base64", b2a_base64),
        ("a2b_base64", a2b_base64),
        ("crc32", crc32),
    ];
    for &(n, f) in fns {
        let v = vm.new_builtin(n, f);
        vm.set_attr_str(&m, n, v);
    }
    let ve = vm.exc.value_error.clone();
    let e = super::struct_mod::new_exc_class(vm, "Error", "binascii", &ve)?;
    vm.set_attr_str(&m, "Error", e);
    let ex = vm.exc.exception.clone();
    let e = super::struct_mod::new_exc_class(vm, "Incomplete", "binascii", &ex)?;
    vm.set_attr_str(&m, "Incomplete", e);
    Ok(m)
}
