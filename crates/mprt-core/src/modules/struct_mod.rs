//! `struct`: packing values into bytes and back following a format string
//! (byte order / alignment prefix, repeat counts, CPython's type codes).

use crate::object::*;
use crate::runtime::num::{as_f64, as_int};
use crate::types::bytes::buffer_bytes;
use crate::value::{Ref, Value};
use crate::vm::call::KwArgs;
use crate::vm::Vm;
use crate::PyResult;
use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use core::any::Any;
use num_bigint::BigInt;

/// One format item: code, repeat count, byte offset.
#[derive(Clone, Copy)]
struct Item {
    code: u8,
    count: usize,
    offset: usize,
    size: usize,
}

struct Layout {
    items: Vec<Item>,
    size: usize,
    big: bool,
    native: bool,
    nargs: usize,
}

fn struct_err(vm: &Vm, msg: impl Into<String>) -> Value {
    let cls = crate::types::dict::dict_get_str(&vm.modules, "struct")
        .and_then(|m| match m.payload() {
            Some(Payload::Module(d)) => crate::types::dict::dict_get_str(d, "error"),
            _ => None,
        })
        .and_then(|c| c.as_obj().cloned())
        .unwrap_or_else(|| vm.exc.value_error.clone());
    vm.new_exc_msg(&cls, msg)
}

fn code_size(code: u8, native: bool) -> Option<usize> {
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                8
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    })
}

fn parse_format(vm: &Vm, fmt: &[u8]) -> PyResult<Layout> {
    let (mut i, big, native) = match fmt.first() {
        Some(b'@') => (1, false, true),
        Some(b'=') | Some(b'<') => (1, false, false),
        Some(b'>') | Some(b'!') => (1, true, false),
        _ => (0, false, true),
    };
    let mut items = Vec::new();
    let mut off = 0usize;
    let mut nargs = 0;
    while i < fmt.len() {
        let c = fmt[i];
        if matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
            i += 1;
            continue;
        }
        let mut count = 1usize;
        if c.is_ascii_digit() {
            let mut n: usize = 0;
            while i < fmt.len() && fmt[i].is_ascii_digit() {
                n = match n
                    .checked_mul(10)
                    .and_then(|n| n.checked_add((fmt[i] - b'0') as usize))
                {
                    Some(n) => n,
                    None => return Err(struct_err(vm, "total struct size too long")),
                };
                i += 1;
            }
            if i >= fmt.len() {
                return Err(struct_err(
                    vm,
                    "repeat count given without format specifier",
                ));
            }
            count = n;
        }
        let code = fmt[i];
        i += 1;
        let Some(size) = code_size(code, native) else {
            return Err(struct_err(vm, "bad char in struct format"));
        };
        if native && !matches!(code, b's' | b'p' | b'x' | b'c' | b'b' | b'B' | b'?') {
            off = (off + size - 1) / size * size;
        }
        items.push(Item {
            code,
            count,
            offset: off,
            size,
        });
        let add = match code {
            b's' | b'p' | b'x' => Some(count),
            _ => size.checked_mul(count),
        };
        off = match add.and_then(|a| off.checked_add(a)) {
            Some(o) if o <= isize::MAX as usize => o,
            _ => return Err(struct_err(vm, "total struct size too long")),
        };
        match code {
            b's' | b'p' => nargs += 1,
            b'x' => {}
            _ => nargs += count,
        }
    }
    Ok(Layout {
        items,
        size: off,
        big,
        native,
        nargs,
    })
}

fn fmt_bytes(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = v.as_pystr() {
        return Ok(s.as_str().as_bytes().to_vec());
    }
    if let Some(b) = buffer_bytes(vm, v) {
        return Ok(b);
    }
    if let Some(Payload::Native(n)) = v.payload() {
        if let Some(s) = n.as_any().downcast_ref::<StructObj>() {
            return Ok(s.fmt.clone());
        }
    }
    vm.type_error(format!(
        "Struct() argument 1 must be a str or bytes object, not {}",
        vm.type_name(v)
    ))
}

fn f64_to_f16(x: f64) -> Option<u16> {
    let bits = x.to_bits();
    let sign = ((bits >> 63) as u16) << 15;
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Some(sign | 0x7c00);
    }
    let a = x.abs();
    if a == 0.0 {
        return Some(sign);
    }
    // Scale to an integer mantissa with round-half-even.
    let (mut e, _) = frexp(a); // a = m * 2^e, 0.5 <= m < 1
                               // Normal half: value = 1.f * 2^(E-15), E in 1..=30; exponent e-1 in -14..=15.
    let mut exp = e - 1;
    if exp < -14 {
        // Subnormal: value = f * 2^-24.
        let q = round_even(a * (1u64 << 24) as f64);
        if q >= 1024.0 {
            return Some(sign | 0x0400);
        }
        return Some(sign | q as u16);
    }
    let mut m = round_even(a / pow2(exp) * 1024.0); // 1024..=2048
    if m >= 2048.0 {
        m /= 2.0;
        exp += 1;
        e += 1;
    }
    let _ = e;
    if exp > 15 {
        return None;
    }
    let ebits = ((exp + 15) as u16) << 10;
    Some(sign | ebits | ((m as u16) & 0x3ff))
}

fn pow2(e: i32) -> f64 {
    let mut r = 1.0f64;
    if e >= 0 {
        for _ in 0..e {
            r *= 2.0;
        }
    } else {
        for _ in 0..(-e) {
            r /= 2.0;
        }
    }
    r
}

fn frexp(a: f64) -> (i32, f64) {
    let mut e = 0;
    let mut m = a;
    while m >= 1.0 {
        m /= 2.0;
        e += 1;
    }
    while m < 0.5 {
        m *= 2.0;
        e -= 1;
    }
    (e, m)
}

fn round_even(x: f64) -> f64 {
    let f = crate::fmath::floor(x);
    let d = x - f;
    if d > 0.5 || (d == 0.5 && (f as u64) % 2 == 1) {
        f + 1.0
    } else {
        f
    }
}

fn f16_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let f = (h & 0x3ff) as f64;
    let v = if e == 0 {
        f * pow2(-24)
    } else if e == 31 {
        if f == 0.0 {
            f64::INFINITY
        } else {
            f64::NAN
        }
    } else {
        (1.0 + f / 1024.0) * pow2(e - 15)
    };
    sign * v
}

fn put(out: &mut [u8], v: u64, size: usize, big: bool) {
    let le = v.to_le_bytes();
    for k in 0..size {
        if big {
            out[size - 1 - k] = le[k];
        } else {
            out[k] = le[k];
        }
    }
}

fn get(b: &[u8], size: usize, big: bool) -> u64 {
    let mut le = [0u8; 8];
    for k in 0..size {
        le[k] = if big { b[size - 1 - k] } else { b[k] };
    }
    u64::from_le_bytes(le)
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(i) = as_int(v) {
        return Ok(i.big().into_owned());
    }
    if !crate::runtime::ops::is_builtin_value(v) {
        let cls = vm.type_of(v);
        if vm.lookup_type(&cls, "__index__").is_some() {
            if let Some(i) = vm.index_value(v, "")? {
                return Ok(BigInt::from(i));
            }
        }
    }
    Err(struct_err(vm, "required argument is not an integer"))
}

/// Pack an integer item. `big` is the standard big-endian mode, whose
/// converters and messages differ from the native/little-endian ones.
fn pack_int(vm: &mut Vm, code: u8, size: usize, big: bool, v: &Value) -> PyResult<u64> {
    use num_traits::{Signed, ToPrimitive};
    let bi = int_arg(vm, v)?;
    let unsigned = matches!(code, b'B' | b'H' | b'I' | b'L' | b'Q' | b'N' | b'P');
    let (lo, hi): (i128, i128) = if unsigned {
        (
            0,
            if size == 8 {
                u64::MAX as i128
            } else {
                (1i128 << (size * 8)) - 1
            },
        )
    } else {
        (-(1i128 << (size * 8 - 1)), (1i128 << (size * 8 - 1)) - 1)
    };
    let out_of_range = |vm: &Vm| Err(struct_err(vm, "argument out of range"));
    let x: i128 = match code {
        // Single bytes use the native converter (a C long) in every mode.
        b'b' | b'B' => match bi.to_i64() {
            Some(x) => x as i128,
            None => return out_of_range(vm),
        },
        // Big-endian 'q'/'Q' convert through a byte array.
        b'q' | b'Q' if big => {
            let ok = if code == b'q' {
                bi.to_i64().map(|x| x as i128)
            } else {
                bi.to_u64().map(|x| x as i128)
            };
            match ok {
                Some(x) => x,
                None => return Err(struct_err(vm, "int too large to convert")),
            }
        }
        _ if unsigned && big => {
            if bi.is_negative() {
                return out_of_range(vm);
            }
            match bi.to_u64() {
                Some(x) => x as i128,
                None => return out_of_range(vm),
            }
        }
        b'H' => match bi.to_i64() {
            Some(x) => x as i128,
            None => return out_of_range(vm),
        },
        _ if unsigned => match bi.to_u64() {
            Some(x) => x as i128,
            None => return out_of_range(vm),
        },
        _ => match bi.to_i64() {
            Some(x) => x as i128,
            None => return out_of_range(vm),
        },
    };
    if x < lo || x > hi {
        let msg = match code {
            b'b' => String::from("byte format requires -128 <= number <= 127"),
            b'B' => String::from("ubyte format requires 0 <= number <= 255"),
            b'h' if !big => String::from("short format requires -32768 <= number <= 32767"),
            b'H' if !big => String::from("ushort format requires 0 <= number <= 65535"),
            c => format!("'{}' format requires {} <= number <= {}", c as char, lo, hi),
        };
        return Err(struct_err(vm, msg));
    }
    Ok(x as u64)
}

fn pack_into_buf(
    vm: &mut Vm,
    lay: &Layout,
    args: &[Value],
    out: &mut [u8],
    name: &str,
) -> PyResult<()> {
    if args.len() != lay.nargs {
        return Err(struct_err(
            vm,
            format!(
                "{} expected {} items for packing (got {})",
                name,
                lay.nargs,
                args.len()
            ),
        ));
    }
    let mut ai = 0;
    for it in &lay.items {
        match it.code {
            b'x' => {
                for k in 0..it.count {
                    out[it.offset + k] = 0;
                }
            }
            b's' | b'p' => {
                let v = &args[ai];
                ai += 1;
                let data = match v.payload() {
                    Some(Payload::Bytes(_)) | Some(Payload::ByteArray(_)) => {
                        buffer_bytes(vm, v).unwrap_or_default()
                    }
                    _ => {
                        return Err(struct_err(
                            vm,
                            format!("argument for '{}' must be a bytes object", it.code as char),
                        ))
                    }
                };
                let dst = &mut out[it.offset..it.offset + it.count];
                for b in dst.iter_mut() {
                    *b = 0;
                }
                if it.code == b's' {
                    let n = data.len().min(it.count);
                    dst[..n].copy_from_slice(&data[..n]);
                } else if it.count > 0 {
                    let n = data.len().min(it.count - 1).min(255);
                    dst[0] = n as u8;
                    dst[1..1 + n].copy_from_slice(&data[..n]);
                }
            }
            code => {
                for k in 0..it.count {
                    let v = args[ai].clone();
                    ai += 1;
                    let off = it.offset + k * it.size;
                    let dst = &mut out[off..off + it.size];
                    match code {
                        b'c' => match v.payload() {
                            Some(Payload::Bytes(b)) if b.len() == 1 => dst[0] = b[0],
                            Some(Payload::ByteArray(b)) if b.borrow().len() == 1 => {
                                dst[0] = b.borrow()[0]
                            }
                            _ => {
                                return Err(struct_err(
                                    vm,
                                    "char format requires a bytes object of length 1",
                                ))
                            }
                        },
                        b'?' => dst[0] = vm.truthy(&v)? as u8,
                        b'e' | b'f' | b'd' => {
                            let f = match as_f64(&v) {
                                // An int too large for a double does not convert.
                                Some(f) if f.is_finite() || as_int(&v).is_none() => f,
                                _ => {
                                    return Err(struct_err(vm, "required argument is not a float"))
                                }
                            };
                            let bits = match code {
                                b'd' => f.to_bits(),
                                b'f' => {
                                    let g = f as f32;
                                    // Native 'f' is a plain C cast (inf on overflow).
                                    if g.is_infinite() && f.is_finite() && !lay.native {
                                        return vm.overflow_error(
                                            "float too large to pack with f format",
                                        );
                                    }
                                    g.to_bits() as u64
                                }
                                _ => match f64_to_f16(f) {
                                    Some(h) => h as u64,
                                    None => {
                                        return vm.overflow_error(
                                            "float too large to pack with e format",
                                        )
                                    }
                                },
                            };
                            put(dst, bits, it.size, lay.big);
                        }
                        _ => {
                            let x = pack_int(vm, code, it.size, lay.big, &v)?;
                            put(dst, x, it.size, lay.big);
                        }
                    }
                }
            }
        }
    }
    Ok(())
}

fn unpack_buf(vm: &mut Vm, lay: &Layout, b: &[u8]) -> Vec<Value> {
    let mut out = Vec::with_capacity(lay.nargs);
    for it in &lay.items {
        match it.code {
            b'x' => {}
            b's' => out.push(vm.new_bytes(b[it.offset..it.offset + it.count].to_vec())),
            b'p' => {
                if it.count == 0 {
                    out.push(vm.new_bytes(Vec::new()));
                } else {
                    let n = (b[it.offset] as usize).min(it.count - 1);
                    out.push(vm.new_bytes(b[it.offset + 1..it.offset + 1 + n].to_vec()));
                }
            }
            code => {
                for k in 0..it.count {
                    let off = it.offset + k * it.size;
                    let src = &b[off..off + it.size];
                    let u = get(src, it.size, lay.big);
                    let v = match code {
                        b'c' => vm.new_bytes(vec![src[0]]),
                        b'?' => Value::Bool(src[0] != 0),
                        b'e' => Value::Float(f16_to_f64(u as u16)),
                        b'f' => Value::Float(f32::from_bits(u as u32) as f64),
                        b'd' => Value::Float(f64::from_bits(u)),
                        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
                            let sh = 64 - 8 * it.size as u32;
                            Value::Int(((u << sh) as i64) >> sh)
                        }
                        _ => {
                            if u > i64::MAX as u64 {
                                vm.new_bigint(BigInt::from(u))
                            } else {
                                Value::Int(u as i64)
                            }
                        }
                    };
                    out.push(v);
                }
            }
        }
    }
    let _ = lay.native;
    out
}

fn layout_of(vm: &mut Vm, f: &Value) -> PyResult<Layout> {
    let fb = fmt_bytes(vm, f)?;
    parse_format(vm, &fb)
}

fn need_fmt(vm: &Vm, args: &[Value], name: &str, min: usize) -> PyResult<()> {
    if args.len() < min {
        return vm.type_error(format!(
            "{} expected at least {} arguments, got {}",
            name,
            min,
            args.len()
        ));
    }
    Ok(())
}

fn s_pack(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    if args.is_empty() {
        return vm.type_error("missing format argument");
    }
    let lay = layout_of(vm, &args[0])?;
    crate::types::bytes::room(vm, lay.size)?;
    let mut out = vec![0u8; lay.size];
    pack_into_buf(vm, &lay, &args[1..], &mut out, "pack")?;
    Ok(vm.new_bytes(out))
}

fn s_unpack(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    if args.len() != 2 {
        return vm.type_error(format!("unpack expected 2 arguments, got {}", args.len()));
    }
    let lay = layout_of(vm, &args[0])?;
    let Some(b) = buffer_bytes(vm, &args[1]) else {
        return vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(&args[1])
        ));
    };
    if b.len() != lay.size {
        return Err(struct_err(
            vm,
            format!("unpack requires a buffer of {} bytes", lay.size),
        ));
    }
    let vals = unpack_buf(vm, &lay, &b);
    Ok(vm.new_tuple(vals))
}

fn s_unpack_from(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    need_fmt(vm, args, "unpack_from", 1)?;
    let lay = layout_of(vm, &args[0])?;
    let buf = match args.get(1).or_else(|| crate::builtins::kwarg(kw, "buffer")) {
        Some(b) => b.clone(),
        None => return vm.type_error("unpack_from() missing required argument 'buffer' (pos 2)"),
    };
    let Some(b) = buffer_bytes(vm, &buf) else {
        return vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(&buf)
        ));
    };
    let off = match args.get(2).or_else(|| crate::builtins::kwarg(kw, "offset")) {
        Some(o) => match vm.index_value(o, "")? {
            Some(o) => o,
            None => return vm.type_error("an integer is required"),
        },
        None => 0,
    };
    let n = b.len() as i64;
    let start = if off < 0 {
        if off + n < 0 {
            return Err(struct_err(
                vm,
                format!("offset {} out of range for {}-byte buffer", off, n),
            ));
        }
        if off + n + (lay.size as i64) > n {
            return Err(struct_err(
                vm,
                format!(
                    "not enough data to unpack {} bytes at offset {}",
                    lay.size, off
                ),
            ));
        }
        (off + n) as usize
    } else {
        if off + lay.size as i64 > n {
            return Err(struct_err(
                vm,
                format!(
                    "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {} (actual buffer size is {})",
                    off + lay.size as i64,
                    lay.size,
                    off,
                    n
                ),
            ));
        }
        off as usize
    };
    let vals = unpack_buf(vm, &lay, &b[start..start + lay.size]);
    Ok(vm.new_tuple(vals))
}

fn s_pack_into(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    match args.len() {
        0 => return vm.type_error("missing format argument"),
        1 => return Err(struct_err(vm, "pack_into expected buffer argument")),
        2 => return Err(struct_err(vm, "pack_into expected offset argument")),
        _ => {}
    }
    let lay = layout_of(vm, &args[0])?;
    let buf = args[1].clone();
    let Some(cur) = buffer_bytes(vm, &buf) else {
        return vm.type_error(format!(
            "argument must be read-write bytes-like object, not {}",
            vm.type_name(&buf)
        ));
    };
    let off = match vm.index_value(&args[2], "")? {
        Some(o) => o,
        None => return vm.type_error("an integer is required"),
    };
    let n = cur.len() as i64;
    let start = if off < 0 {
        if off + n < 0 {
            return Err(struct_err(
                vm,
                format!("offset {} out of range for {}-byte buffer", off, n),
            ));
        }
        if off + n + lay.size as i64 > n {
            return Err(struct_err(
                vm,
                format!("no space to pack {} bytes at offset {}", lay.size, off),
            ));
        }
        (off + n) as usize
    } else {
        if off + lay.size as i64 > n {
            return Err(struct_err(
                vm,
                format!(
                    "pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {} (actual buffer size is {})",
                    off + lay.size as i64,
                    lay.size,
                    off,
                    n
                ),
            ));
        }
        off as usize
    };
    let mut tmp = vec![0u8; lay.size];
    pack_into_buf(vm, &lay, &args[3..], &mut tmp, "pack_into")?;
    match buf.payload() {
        Some(Payload::ByteArray(b)) => {
            b.borrow_mut()[start..start + lay.size].copy_from_slice(&tmp);
        }
        _ => {
            // array / memoryview: write the bytes in place.
            let done = crate::modules::extbuf::with_buf_mut(&buf, |d| {
                if let Some(dst) = d.get_mut(start..start + lay.size) {
                    dst.copy_from_slice(&tmp);
                }
            });
            if done.is_none() {
                return vm.type_error(format!(
                    "argument must be read-write bytes-like object, not {}",
                    vm.type_name(&buf)
                ));
            }
        }
    }
    Ok(Value::None)
}

fn s_calcsize(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "calcsize", args, 1, 1)?;
    let lay = layout_of(vm, &args[0])?;
    Ok(Value::Int(lay.size as i64))
}

fn s_iter_unpack(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    if args.len() != 2 {
        return vm.type_error(format!(
            "iter_unpack expected 2 arguments, got {}",
            args.len()
        ));
    }
    let lay = layout_of(vm, &args[0])?;
    let Some(b) = buffer_bytes(vm, &args[1]) else {
        return vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(&args[1])
        ));
    };
    if lay.size == 0 {
        return Err(struct_err(
            vm,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    if b.len() % lay.size != 0 {
        return Err(struct_err(
            vm,
            format!(
                "iterative unpacking requires a buffer of a multiple of {} bytes",
                lay.size
            ),
        ));
    }
    let mut items = Vec::new();
    for ch in b.chunks(lay.size) {
        let vals = unpack_buf(vm, &lay, ch);
        items.push(vm.new_tuple(vals));
    }
    Ok(vm.new_iter(IterState::Values { items, index: 0 }))
}

/// A compiled `struct.Struct`.
pub struct StructObj {
    fmt: Vec<u8>,
}

impl NativeObject for StructObj {
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn struct_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let cls = args[0]
        .as_obj()
        .cloned()
        .unwrap_or_else(|| vm.types.object.clone());
    let f = match args.get(1).or_else(|| crate::builtins::kwarg(kw, "format")) {
        Some(f) => f.clone(),
        None => return vm.type_error("Struct() missing required argument 'format' (pos 1)"),
    };
    let fb = fmt_bytes(vm, &f)?;
    parse_format(vm, &fb)?;
    Ok(Value::Obj(Object::new(
        cls,
        Payload::Native(alloc::boxed::Box::new(StructObj { fmt: fb })),
        None,
    )))
}

fn with_self(vm: &mut Vm, args: &[Value], kw: &KwArgs, f: NativeFn) -> PyResult<Value> {
    let fmt = fmt_bytes(vm, &args[0])?;
    let mut a = Vec::with_capacity(args.len());
    a.push(vm.new_bytes(fmt));
    a.extend_from_slice(&args[1..]);
    f(vm, &a, kw)
}
fn st_pack(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    with_self(vm, a, k, s_pack)
}
fn st_unpack(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    with_self(vm, a, k, s_unpack)
}
fn st_unpack_from(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    with_self(vm, a, k, s_unpack_from)
}
fn st_pack_into(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    with_self(vm, a, k, s_pack_into)
}
fn st_iter_unpack(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    with_self(vm, a, k, s_iter_unpack)
}
fn st_size(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let lay = layout_of(vm, &a[0])?;
    Ok(Value::Int(lay.size as i64))
}
fn st_format(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let f = fmt_bytes(vm, &a[0])?;
    Ok(Value::string(String::from_utf8_lossy(&f).into_owned()))
}

/// Build the `struct` module.
pub fn make(vm: &mut Vm) -> PyResult<Ref> {
    let m = vm.new_module("struct");
    let fns: &[(&'static str, NativeFn)] = &[
        ("pack", s_pack),
        ("unpack", s_unpack),
        ("unpack_from", s_unpack_from),
        ("pack_into", s_pack_into),
        ("calcsize", s_calcsize),
        ("iter_unpack", s_iter_unpack),
    ];
    for &(n, f) in fns {
        let v = vm.new_builtin(n, f);
        vm.set_attr_str(&m, n, v);
    }
    let err = new_exc_class(vm, "error", "struct", &vm.exc.exception.clone())?;
    vm.set_attr_str(&m, "error", err);
    let o = [vm.types.object.clone()];
    let t = crate::vm::types::new_type(&vm.types, "Struct", &o, BaseKind::Other, false);
    crate::vm::types::add_methods(
        &vm.types,
        &t,
        &[
            ("Struct.pack", st_pack),
            ("Struct.unpack", st_unpack),
            ("Struct.unpack_from", st_unpack_from),
            ("Struct.pack_into", st_pack_into),
            ("Struct.iter_unpack", st_iter_unpack),
        ],
    );
    let p = crate::types::memoryview::native_property(vm, "Struct.size", st_size);
    crate::vm::types::set_type_attr(&t, "size", p);
    let p = crate::types::memoryview::native_property(vm, "Struct.format", st_format);
    crate::vm::types::set_type_attr(&t, "format", p);
    let new = vm.new_builtin("Struct.__new__", struct_new);
    let sm = Value::Obj(Object::new(
        vm.types.staticmethod.clone(),
        Payload::StaticMethod(new),
        None,
    ));
    crate::vm::types::set_type_attr(&t, "__new__", sm);
    vm.set_attr_str(&m, "Struct", Value::Obj(t));
    Ok(m)
}

/// Create an exception class `name` in module `module` deriving from `base`.
pub fn new_exc_class(vm: &mut Vm, name: &str, module: &str, base: &Ref) -> PyResult<Value> {
    let ty = Value::Obj(vm.types.type_.clone());
    let bases = vm.new_tuple(vec![Value::Obj(base.clone())]);
    let ns = vm.new_dict();
    vm.dict_set(&ns, Value::str("__module__"), Value::str(module))?;
    vm.call(&ty, &[Value::str(name), bases, ns], &[])
}
