//! `float`: construction, methods (`hex`, `fromhex`, `as_integer_ratio`...)
//! and the arithmetic dunders.

use crate::object::*;
use crate::runtime::num::{as_float, as_int, IntVal};
use crate::types::int::{float_to_int, num_divmod, set_classmethod, set_new, text_arg, NumKind};
use crate::value::{Ref, Value};
use crate::vm::call::KwArgs;
use crate::vm::Vm;
use crate::PyResult;
use alloc::format;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec;
use mprt_compiler::bytecode::binop;
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// The exact integer value of an integral float (None for inf/nan).
pub fn float_to_bigint(f: f64) -> Option<BigInt> {
    if !f.is_finite() {
        return None;
    }
    let bits = f.to_bits();
    let sign = if bits >> 63 == 1 { -1 } else { 1 };
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = if exp == 0 {
        (bits & ((1 << 52) - 1)) << 1
    } else {
        (bits & ((1 << 52) - 1)) | (1 << 52)
    };
    let e = exp - 1075;
    let m = BigInt::from(mant) * sign;
    Some(if e >= 0 {
        m << (e as u64)
    } else {
        m >> ((-e) as u64)
    })
}

/// `m * 2**e` correctly rounded (half to even) to a float; `None` on overflow.
pub fn big_ldexp(m: &BigInt, e: i64) -> Option<f64> {
    if m.is_zero() {
        return Some(0.0);
    }
    let neg = m.is_negative();
    let mag = m.abs();
    let top = mag.bits() as i64 + e;
    if top > 1024 {
        return None;
    }
    let lsb = (top - 53).max(-1074);
    let shift = lsb - e;
    let q = if shift > 0 {
        let s = shift as u64;
        let q: BigInt = &mag >> s;
        let rem: BigInt = &mag - (&q << s);
        let half: BigInt = BigInt::one() << (s - 1);
        if rem > half || (rem == half && q.bit(0)) {
            q + 1
        } else {
            q
        }
    } else {
        mag << ((-shift) as u64)
    };
    let f = crate::fmath::scalbn(q.to_f64().unwrap(), lsb as i32);
    if f.is_infinite() {
        return None;
    }
    Some(if neg { -f } else { f })
}

/// `float(x)` for any object.
pub fn float_value_of(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    if crate::runtime::ops::is_builtin_value(x) {
        if let Some(f) = as_float(x) {
            return Ok(f);
        }
        if let Some(i) = as_int(x) {
            return int_to_f64(vm, &i);
        }
    }
    if let Some((s, r)) = text_arg(vm, x)? {
        return match mprt_format::parse_float(&s) {
            Some(f) => Ok(f),
            None => vm.value_error(format!("could not convert string to float: {}", r.as_str())),
        };
    }
    let cls = vm.type_of(x);
    if let Some(m) = vm.lookup_type(&cls, "__float__") {
        let r = vm.call(&m, &[x.clone()], &[])?;
        return match as_float(&r) {
            Some(f) => Ok(f),
            None => vm.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                crate::vm::types::type_name(&cls),
                vm.type_name(&r)
            )),
        };
    }
    if let Some(m) = vm.lookup_type(&cls, "__index__") {
        let r = vm.call(&m, &[x.clone()], &[])?;
        return match as_int(&r) {
            Some(i) => int_to_f64(vm, &i),
            None => vm.type_error(format!(
                "__index__ returned non-int (type {})",
                vm.type_name(&r)
            )),
        };
    }
    if let Some(b) = crate::types::bytes::buffer_bytes(vm, x) {
        let s: String = b
            .iter()
            .map(|&c| if c < 128 { c as char } else { '\u{FFFD}' })
            .collect();
        return match mprt_format::parse_float(&s) {
            Some(f) => Ok(f),
            None => {
                let r = vm.repr(x)?;
                vm.value_error(format!("could not convert string to float: {}", r.as_str()))
            }
        };
    }
    vm.type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        vm.type_name(x)
    ))
}

/// An int as f64, raising OverflowError when too large.
pub fn int_to_f64(vm: &Vm, i: &IntVal) -> PyResult<f64> {
    match i {
        IntVal::Small(x) => Ok(*x as f64),
        IntVal::Big(b) => match b.to_f64().filter(|f| f.is_finite()) {
            Some(f) => Ok(f),
            None => vm.overflow_error("int too large to convert to float"),
        },
    }
}

/// Wrap a float as an instance of `cls`.
pub fn float_for_class(vm: &mut Vm, cls: &Ref, f: f64) -> Value {
    if Rc::ptr_eq(cls, &vm.types.float) {
        return Value::Float(f);
    }
    let dict = Some(vm.new_dict_ref(crate::dict::DictData::new()));
    Value::Obj(Object::new(cls.clone(), Payload::Float(f), dict))
}

fn float_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let cls = super::new_cls_arg(vm, args, "float", &vm.types.float.clone())?;
    if !kw.is_empty() {
        return vm.type_error("float() takes no keyword arguments");
    }
    if args.len() > 2 {
        return vm.type_error(format!(
            "float expected at most 1 argument, got {}",
            args.len() - 1
        ));
    }
    let f = match args.get(1) {
        None => 0.0,
        Some(x) => float_value_of(vm, x)?,
    };
    Ok(float_for_class(vm, &cls, f))
}

fn self_float(vm: &Vm, args: &[Value], name: &str) -> PyResult<f64> {
    match args.first().and_then(as_float) {
        Some(f) => Ok(f),
        None => Err(super::descr_self_error(vm, "float", name, args.first())),
    }
}

fn float_noargs(vm: &Vm, args: &[Value], name: &str) -> PyResult<()> {
    if args.len() != 1 {
        return vm.type_error(format!(
            "float.{}() takes no arguments ({} given)",
            name,
            args.len() - 1
        ));
    }
    Ok(())
}

fn float_is_integer(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let f = self_float(vm, args, "is_integer")?;
    float_noargs(vm, args, "is_integer")?;
    Ok(Value::Bool(f.is_finite() && crate::fmath::floor(f) == f))
}

fn float_as_integer_ratio(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let f = self_float(vm, args, "as_integer_ratio")?;
    float_noargs(vm, args, "as_integer_ratio")?;
    if f.is_nan() {
        return vm.value_error("cannot convert NaN to integer ratio");
    }
    if f.is_infinite() {
        return vm.overflow_error("cannot convert Infinity to integer ratio");
    }
    if f == 0.0 {
        return Ok(vm.new_tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mut mant = if exp == 0 {
        (bits & ((1 << 52) - 1)) << 1
    } else {
        (bits & ((1 << 52) - 1)) | (1 << 52)
    };
    let mut e = exp - 1075;
    let tz = mant.trailing_zeros() as i64;
    mant >>= tz;
    e += tz;
    let mut num = BigInt::from(mant);
    if f < 0.0 {
        num = -num;
    }
    let den = if e >= 0 {
        num <<= e as u64;
        BigInt::one()
    } else {
        BigInt::one() << ((-e) as u64)
    };
    let n = vm.new_bigint(num);
    let d = vm.new_bigint(den);
    Ok(vm.new_tuple(vec![n, d]))
}

/// `float.hex()` text.
pub fn float_hex_str(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f < 0.0 { "-inf".into() } else { "inf".into() };
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{}0x0.0p+0", sign);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    format!(
        "{}0x{}.{:013x}p{}{}",
        sign,
        lead,
        frac,
        if e >= 0 { "+" } else { "-" },
        e.abs()
    )
}

fn float_hex(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let f = self_float(vm, args, "hex")?;
    float_noargs(vm, args, "hex")?;
    Ok(Value::string(float_hex_str(f)))
}

/// Parse `float.fromhex` text; `Err(true)` means overflow, `Err(false)` invalid.
pub fn parse_hex_float(s: &str) -> Result<f64, bool> {
    let t = s.trim_matches(|c: char| mprt_format::py_isspace(c));
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(if neg {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        });
    }
    if lower == "nan" {
        return Ok(f64::NAN);
    }
    let b = lower.as_bytes();
    let mut i = 0;
    if b.len() >= 2 && b[0] == b'0' && b[1] == b'x' {
        i = 2;
    }
    let mut m = BigInt::zero();
    let mut ndigits = 0;
    let mut frac_digits: i64 = 0;
    while i < b.len() && (b[i] as char).is_ascii_hexdigit() {
        m = (m << 4u32) + (b[i] as char).to_digit(16).unwrap();
        ndigits += 1;
        i += 1;
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        while i < b.len() && (b[i] as char).is_ascii_hexdigit() {
            m = (m << 4u32) + (b[i] as char).to_digit(16).unwrap();
            ndigits += 1;
            frac_digits += 1;
            i += 1;
        }
    }
    if ndigits == 0 {
        return Err(false);
    }
    let mut exp: i64 = 0;
    if i < b.len() && b[i] == b'p' {
        i += 1;
        let mut eneg = false;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            eneg = b[i] == b'-';
            i += 1;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            exp = exp
                .saturating_mul(10)
                .saturating_add((b[i] - b'0') as i64)
                .min(1 << 40);
            i += 1;
        }
        if i == start {
            return Err(false);
        }
        if eneg {
            exp = -exp;
        }
    }
    if i != b.len() {
        return Err(false);
    }
    let e = exp - 4 * frac_digits;
    let r = if m.is_zero() {
        0.0
    } else if e < -(1 << 39) {
        0.0
    } else {
        big_ldexp(&m, e).ok_or(true)?
    };
    Ok(if neg { -r } else { r })
}

fn float_fromhex(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let cls = args[0].as_obj().unwrap().clone();
    if args.len() != 2 {
        return vm.type_error(format!(
            "float.fromhex() takes exactly one argument ({} given)",
            args.len() - 1
        ));
    }
    let Some(s) = args[1].as_pystr() else {
        return vm.type_error("bad argument type for built-in operation");
    };
    let f = match parse_hex_float(s.as_str()) {
        Ok(f) => f,
        Err(true) => {
            return vm.overflow_error("hexadecimal value too large to represent as a float")
        }
        Err(false) => return vm.value_error("invalid hexadecimal floating-point string"),
    };
    if Rc::ptr_eq(&cls, &vm.types.float) {
        return Ok(Value::Float(f));
    }
    vm.call(&Value::Obj(cls), &[Value::Float(f)], &[])
}

fn float_plain(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Float(self_float(vm, args, "__float__")?))
}
fn float_conjugate(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let f = self_float(vm, args, "conjugate")?;
    float_noargs(vm, args, "conjugate")?;
    Ok(Value::Float(f))
}
fn float_getnewargs(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let f = self_float(vm, args, "__getnewargs__")?;
    float_noargs(vm, args, "__getnewargs__")?;
    Ok(vm.new_tuple(vec![Value::Float(f)]))
}
fn float_trunc(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let f = self_float(vm, args, "__trunc__")?;
    float_to_int(vm, f)
}
fn float_floor(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let f = self_float(vm, args, "__floor__")?;
    float_to_int(vm, crate::fmath::floor(f))
}
fn float_ceil(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let f = self_float(vm, args, "__ceil__")?;
    float_to_int(vm, crate::fmath::ceil(f))
}
fn float_abs(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Float(self_float(vm, args, "__abs__")?.abs()))
}
fn float_neg(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Float(-self_float(vm, args, "__neg__")?))
}
fn float_bool(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(self_float(vm, args, "__bool__")? != 0.0))
}
fn float_hash(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let f = self_float(vm, args, "__hash__")?;
    Ok(Value::Int(vm.hash(&Value::Float(f))?))
}
fn float_round(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let f = self_float(vm, args, "__round__")?;
    if args.len() > 2 {
        return vm.type_error(format!(
            "__round__ expected at most 1 argument, got {}",
            args.len() - 1
        ));
    }
    let mut a = vec![Value::Float(f)];
    a.extend(args[1..].iter().cloned());
    let r = crate::types::dict::dict_get_str(&vm.builtins, "round").unwrap();
    vm.call(&r, &a, &[])
}
fn float_divmod(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    num_divmod(vm, args, false, NumKind::Float)
}
fn float_rdivmod(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    num_divmod(vm, args, true, NumKind::Float)
}

/// Install float methods.
pub fn init(vm: &mut Vm) {
    let t = vm.types.float.clone();
    set_new(vm, &t, "float.__new__", float_new);
    set_classmethod(vm, &t, "fromhex", "float.fromhex", float_fromhex);
    let ops = crate::num_binop_table!(NumKind::Float, "float";
        "__add__" => binop::ADD, false; "__radd__" => binop::ADD, true;
        "__sub__" => binop::SUB, false; "__rsub__" => binop::SUB, true;
        "__mul__" => binop::MUL, false; "__rmul__" => binop::MUL, true;
        "__truediv__" => binop::TRUEDIV, false; "__rtruediv__" => binop::TRUEDIV, true;
        "__floordiv__" => binop::FLOORDIV, false; "__rfloordiv__" => binop::FLOORDIV, true;
        "__mod__" => binop::MOD, false; "__rmod__" => binop::MOD, true;
        "__pow__" => binop::POW, false; "__rpow__" => binop::POW, true;
    );
    crate::vm::types::add_methods(&vm.types, &t, &ops);
    let cmps = crate::num_cmp_table!(NumKind::Float, "float");
    crate::vm::types::add_methods(&vm.types, &t, &cmps);
    crate::vm::types::add_methods(
        &vm.types,
        &t,
        &[
            ("float.is_integer", float_is_integer),
            ("float.__format__", crate::runtime::format::float_format),
            ("float.as_integer_ratio", float_as_integer_ratio),
            ("float.hex", float_hex),
            ("float.conjugate", float_conjugate),
            ("float.__getnewargs__", float_getnewargs),
            ("float.__float__", float_plain),
            ("float.__pos__", float_plain),
            ("float.__int__", float_trunc),
            ("float.__trunc__", float_trunc),
            ("float.__floor__", float_floor),
            ("float.__ceil__", float_ceil),
            ("float.__abs__", float_abs),
            ("float.__neg__", float_neg),
            ("float.__bool__", float_bool),
            ("float.__hash__", float_hash),
            ("float.__round__", float_round),
            ("float.__divmod__", float_divmod),
            ("float.__rdivmod__", float_rdivmod),
        ],
    );
    let _ = Signed::abs(&BigInt::one());
}
