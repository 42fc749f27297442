//! `math`: real-valued functions with CPython's error conventions
//! ("math domain error" ValueError, "math range error" OverflowError).

use crate::builtins::{check_args, kwarg};
use crate::runtime::num::{as_float, as_int, IntVal};
use crate::types::int::{float_to_int, int_of_value};
use crate::value::{Ref, Value};
use crate::vm::call::KwArgs;
use crate::vm::Vm;
use crate::PyResult;
use alloc::format;
use alloc::vec::Vec;
use mprt_compiler::bytecode::binop;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// Convert a real-number argument to f64 (`__float__`, `__index__`).
pub fn arg_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = as_float(v) {
        return Ok(f);
    }
    if let Some(i) = as_int(v) {
        return crate::types::float::int_to_f64(vm, &i);
    }
    let cls = vm.type_of(v);
    if vm.lookup_type(&cls, "__float__").is_some() || vm.lookup_type(&cls, "__index__").is_some() {
        return crate::types::float::float_value_of(vm, v);
    }
    vm.type_error(format!("must be real number, not {}", vm.type_name(v)))
}

/// An integer argument via `__index__`, as BigInt.
pub fn arg_index(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(i) = as_int(v) {
        return Ok(i.big().into_owned());
    }
    if !crate::runtime::ops::is_builtin_value(v) {
        let cls = vm.type_of(v);
        if let Some(m) = vm.lookup_type(&cls, "__index__") {
            let r = vm.call(&m, &[v.clone()], &[])?;
            if let Some(i) = as_int(&r) {
                return Ok(i.big().into_owned());
            }
            return vm.type_error(format!(
                "__index__ returned non-int (type {})",
                vm.type_name(&r)
            ));
        }
    }
    vm.type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        vm.type_name(v)
    ))
}

fn domain<T>(vm: &Vm) -> PyResult<T> {
    vm.value_error("math domain error")
}
fn range<T>(vm: &Vm) -> PyResult<T> {
    vm.overflow_error("math range error")
}

fn one_arg(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<f64> {
    check_args(vm, &format!("math.{}", name), args, 1, 1)?;
    arg_f64(vm, &args[0])
}

fn two_args(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<(f64, f64)> {
    if args.len() != 2 {
        return vm.type_error(format!("{} expected 2 arguments, got {}", name, args.len()));
    }
    Ok((arg_f64(vm, &args[0])?, arg_f64(vm, &args[1])?))
}

/// CPython's `math_1` error policy applied to a one-argument function.
fn math1(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    let x = one_arg(vm, name, args)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return domain(vm);
    }
    if r.is_infinite() && x.is_finite() {
        return if can_overflow { range(vm) } else { domain(vm) };
    }
    Ok(Value::Float(r))
}

macro_rules! m1 {
    ($fname:ident, $name:literal, $f:expr, $ovf:expr) => {
        fn $fname(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
            math1(vm, args, $name, $f, $ovf)
        }
    };
}

m1!(m_sqrt, "sqrt", crate::fmath::sqrt, false);
m1!(m_exp, "exp", crate::fmath::exp, true);
m1!(m_exp2, "exp2", crate::fmath::exp2, true);
m1!(m_expm1, "expm1", crate::fmath::expm1, true);
m1!(
    m_log1p,
    "log1p",
    |x| if x == -1.0 {
        f64::NEG_INFINITY
    } else {
        crate::fmath::log1p(x)
    },
    false
);
m1!(m_fabs, "fabs", crate::fmath::fabs, false);
m1!(m_sin, "sin", crate::fmath::sin, false);
m1!(m_cos, "cos", crate::fmath::cos, false);
m1!(m_tan, "tan", crate::fmath::tan, false);
m1!(m_asin, "asin", crate::fmath::asin, false);
m1!(m_acos, "acos", crate::fmath::acos, false);
m1!(m_atan, "atan", crate::fmath::atan, false);
m1!(m_sinh, "sinh", crate::fmath::sinh, true);
m1!(m_cosh, "cosh", crate::fmath::cosh, true);
m1!(m_tanh, "tanh", crate::fmath::tanh, false);
m1!(m_asinh, "asinh", crate::fmath::asinh, false);
m1!(m_acosh, "acosh", crate::fmath::acosh, false);
m1!(
    m_atanh,
    "atanh",
    |x| if x.abs() >= 1.0 {
        f64::NAN
    } else {
        crate::fmath::atanh(x)
    },
    false
);
m1!(m_erf, "erf", crate::fmath::erf, false);
m1!(m_erfc, "erfc", crate::fmath::erfc, false);
m1!(m_cbrt, "cbrt", crate::fmath::cbrt, false);
fn m_degrees(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    // A plain multiplication (no math_1 error policy): huge inputs give inf.
    let x = one_arg(vm, "degrees", args)?;
    Ok(Value::Float(x * (180.0 / core::f64::consts::PI)))
}
fn m_radians(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let x = one_arg(vm, "radians", args)?;
    Ok(Value::Float(x * (core::f64::consts::PI / 180.0)))
}

fn gamma_result(vm: &mut Vm, r: Result<f64, super::gamma::GammaError>) -> PyResult<Value> {
    match r {
        Ok(v) => Ok(Value::Float(v)),
        Err(super::gamma::GammaError::Domain) => domain(vm),
        Err(super::gamma::GammaError::Range) => range(vm),
    }
}

fn m_gamma(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let x = one_arg(vm, "gamma", args)?;
    gamma_result(vm, super::gamma::gamma(x))
}

fn m_lgamma(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let x = one_arg(vm, "lgamma", args)?;
    gamma_result(vm, super::gamma::lgamma(x))
}

/// Natural-style log of any positive number incl. huge ints, via `f`.
fn log_of(vm: &mut Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if as_float(v).is_none() {
        if let Some(i) = as_int(v) {
            let b = i.big().into_owned();
            if !b.is_positive() {
                return domain(vm);
            }
            if let Some(x) = b.to_f64().filter(|x| x.is_finite()) {
                return Ok(f(x));
            }
            // x = m * 2**e with 0.5 <= m < 1, as CPython's frexp of an int.
            let bits = b.bits() as i64;
            let mut e = bits;
            let mut m = (b >> (bits - 60) as u64).to_f64().unwrap() / (1u64 << 60) as f64;
            if m >= 1.0 {
                m = 0.5;
                e += 1;
            }
            return Ok(f(m) + f(2.0) * e as f64);
        }
    }
    let x = arg_f64(vm, v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return domain(vm);
    }
    Ok(f(x))
}

fn m_log(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    if args.is_empty() || args.len() > 2 {
        return vm.type_error("math.log requires 1 to 2 arguments");
    }
    let n = log_of(vm, &args[0], crate::fmath::log)?;
    if args.len() == 2 {
        let d = log_of(vm, &args[1], crate::fmath::log)?;
        if d == 0.0 {
            return vm.zero_division("float division by zero");
        }
        return Ok(Value::Float(n / d));
    }
    Ok(Value::Float(n))
}
fn m_log2(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "math.log2", args, 1, 1)?;
    Ok(Value::Float(log_of(vm, &args[0], crate::fmath::log2)?))
}
fn m_log10(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "math.log10", args, 1, 1)?;
    Ok(Value::Float(log_of(vm, &args[0], crate::fmath::log10)?))
}

fn m_pow(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (x, y) = two_args(vm, "pow", args)?;
    let r = if x == 1.0 || y == 0.0 {
        1.0
    } else {
        crate::fmath::pow(x, y)
    };
    if x.is_finite() && y.is_finite() {
        if r.is_nan() {
            return domain(vm);
        }
        if r.is_infinite() {
            return if x == 0.0 { domain(vm) } else { range(vm) };
        }
    }
    Ok(Value::Float(r))
}

fn m_fmod(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (x, y) = two_args(vm, "fmod", args)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = crate::fmath::fmod(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return domain(vm);
    }
    Ok(Value::Float(r))
}

fn m_remainder(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (x, y) = two_args(vm, "remainder", args)?;
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return domain(vm);
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    Ok(Value::Float(crate::fmath::remainder(x, y)))
}

fn m_atan2(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (y, x) = two_args(vm, "atan2", args)?;
    Ok(Value::Float(crate::fmath::atan2(y, x)))
}
fn m_copysign(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (x, y) = two_args(vm, "copysign", args)?;
    Ok(Value::Float(crate::fmath::copysign(x, y)))
}
fn m_nextafter(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (x, y) = two_args(vm, "nextafter", args)?;
    Ok(Value::Float(crate::fmath::nextafter(x, y)))
}
fn m_ulp(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let x = one_arg(vm, "ulp", args)?;
    if !x.is_finite() {
        return Ok(Value::Float(x.abs()));
    }
    let x = x.abs();
    let up = crate::fmath::nextafter(x, f64::INFINITY);
    if up.is_infinite() {
        return Ok(Value::Float(
            x - crate::fmath::nextafter(x, f64::NEG_INFINITY),
        ));
    }
    Ok(Value::Float(up - x))
}

fn m_isfinite(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(one_arg(vm, "isfinite", args)?.is_finite()))
}
fn m_isinf(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(one_arg(vm, "isinf", args)?.is_infinite()))
}
fn m_isnan(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(one_arg(vm, "isnan", args)?.is_nan()))
}

/// The tolerance arguments of `isclose`.
pub fn isclose_tols(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<(f64, f64)> {
    crate::builtins::check_kwargs(vm, "isclose", kw, &["a", "b", "rel_tol", "abs_tol"])?;
    if args.len() > 2 {
        return vm.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.len()
        ));
    }
    if args.is_empty() && kwarg(kw, "a").is_none() {
        return vm.type_error("isclose() missing required argument 'a' (pos 1)");
    }
    if args.len() < 2 && kwarg(kw, "b").is_none() {
        return vm.type_error("isclose() missing required argument 'b' (pos 2)");
    }
    let rel = match kwarg(kw, "rel_tol").cloned() {
        Some(v) => arg_f64(vm, &v)?,
        None => 1e-9,
    };
    let abs = match kwarg(kw, "abs_tol").cloned() {
        Some(v) => arg_f64(vm, &v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return vm.value_error("tolerances must be non-negative");
    }
    Ok((rel, abs))
}

fn m_isclose(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (rel, abs) = isclose_tols(vm, args, kw)?;
    let a = args.first().or_else(|| kwarg(kw, "a")).cloned().unwrap();
    let b = args.get(1).or_else(|| kwarg(kw, "b")).cloned().unwrap();
    let a = arg_f64(vm, &a)?;
    let b = arg_f64(vm, &b)?;
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let d = (b - a).abs();
    Ok(Value::Bool(
        d <= (rel * b).abs() || d <= (rel * a).abs() || d <= abs,
    ))
}

fn m_floor_ceil(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    dunder: &str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    check_args(vm, &format!("math.{}", name), args, 1, 1)?;
    let v = &args[0];
    if crate::runtime::ops::is_builtin_value(v) {
        if let Some(x) = as_float(v) {
            return float_to_int(vm, f(x));
        }
        if as_int(v).is_some() {
            return Ok(int_of_value(vm, v));
        }
    }
    let cls = vm.type_of(v);
    if let Some(m) = vm.lookup_type(&cls, dunder) {
        return vm.call(&m, &[v.clone()], &[]);
    }
    let x = arg_f64(vm, v)?;
    float_to_int(vm, f(x))
}
fn m_floor(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    m_floor_ceil(vm, args, "floor", "__floor__", crate::fmath::floor)
}
fn m_ceil(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    m_floor_ceil(vm, args, "ceil", "__ceil__", crate::fmath::ceil)
}
fn m_trunc(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "math.trunc", args, 1, 1)?;
    let v = &args[0];
    if crate::runtime::ops::is_builtin_value(v) {
        if let Some(x) = as_float(v) {
            return float_to_int(vm, x);
        }
    }
    let cls = vm.type_of(v);
    match vm.lookup_type(&cls, "__trunc__") {
        Some(m) => vm.call(&m, &[v.clone()], &[]),
        None => vm.type_error(format!(
            "type {} doesn't define __trunc__ method",
            vm.type_name(v)
        )),
    }
}

fn m_modf(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let x = one_arg(vm, "modf", args)?;
    if x.is_infinite() {
        return Ok(vm.new_tuple(alloc::vec![
            Value::Float(crate::fmath::copysign(0.0, x)),
            Value::Float(x)
        ]));
    }
    let (fr, ip) = crate::fmath::modf(x);
    Ok(vm.new_tuple(alloc::vec![Value::Float(fr), Value::Float(ip)]))
}
fn m_frexp(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let x = one_arg(vm, "frexp", args)?;
    if !x.is_finite() || x == 0.0 {
        return Ok(vm.new_tuple(alloc::vec![Value::Float(x), Value::Int(0)]));
    }
    let (m, e) = crate::fmath::frexp(x);
    Ok(vm.new_tuple(alloc::vec![Value::Float(m), Value::Int(e as i64)]))
}
fn m_ldexp(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    if args.len() != 2 {
        return vm.type_error(format!("ldexp expected 2 arguments, got {}", args.len()));
    }
    let x = arg_f64(vm, &args[0])?;
    let Some(i) = as_int(&args[1]) else {
        return vm.type_error("Expected an int as second argument to ldexp.");
    };
    let e = match i {
        IntVal::Small(e) => e.clamp(-100_000, 100_000),
        IntVal::Big(b) => {
            if b.is_negative() {
                -100_000
            } else {
                100_000
            }
        }
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = crate::fmath::scalbn(x, e as i32);
    if r.is_infinite() {
        return range(vm);
    }
    Ok(Value::Float(r))
}

fn hypot_vals(v: &[f64]) -> f64 {
    let mut max: f64 = 0.0;
    let mut nan = false;
    for &x in v {
        if x.is_infinite() {
            return f64::INFINITY;
        }
        if x.is_nan() {
            nan = true;
        }
        max = max.max(x.abs());
    }
    if nan {
        return f64::NAN;
    }
    if max == 0.0 {
        return 0.0;
    }
    if v.len() == 2 {
        return crate::fmath::hypot(v[0], v[1]);
    }
    if v.len() == 1 {
        return max;
    }
    // Scaled sum of squares with compensation.
    let mut sum = 0.0;
    let mut comp = 0.0;
    for &x in v {
        let s = x / max;
        let t = s * s - comp;
        let n = sum + t;
        comp = (n - sum) - t;
        sum = n;
    }
    max * crate::fmath::sqrt(sum)
}

fn m_hypot(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let mut v = Vec::with_capacity(args.len());
    for a in args {
        v.push(arg_f64(vm, a)?);
    }
    Ok(Value::Float(hypot_vals(&v)))
}

fn m_dist(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    if args.len() != 2 {
        return vm.type_error(format!("dist expected 2 arguments, got {}", args.len()));
    }
    let p = vm.iterate(&args[0])?;
    let q = vm.iterate(&args[1])?;
    if p.len() != q.len() {
        return vm.value_error("both points must have the same number of dimensions");
    }
    let mut d = Vec::with_capacity(p.len());
    for (a, b) in p.iter().zip(q.iter()) {
        d.push(arg_f64(vm, a)? - arg_f64(vm, b)?);
    }
    Ok(Value::Float(hypot_vals(&d)))
}

fn m_fsum(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "math.fsum", args, 1, 1)?;
    let items = vm.iterate(&args[0])?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    for it in items {
        let mut x = arg_f64(vm, &it)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                core::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return vm.overflow_error("intermediate overflow in fsum");
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special != 0.0 || special.is_nan() {
        if inf_sum.is_nan() {
            return vm.value_error("-inf + inf in fsum");
        }
        return Ok(Value::Float(special));
    }
    let mut hi = 0.0;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

fn m_prod(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if args.len() + kw.len() > 2 {
        return vm.type_error(format!(
            "prod() takes at most 2 arguments ({} given)",
            args.len() + kw.len()
        ));
    }
    if args.len() != 1 {
        return vm.type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            args.len()
        ));
    }
    if let Some((k, _)) = kw.iter().find(|(k, _)| k.as_str() != "start") {
        return vm.type_error(format!(
            "'{}' is an invalid keyword argument for prod()",
            k.as_str()
        ));
    }
    let mut acc = kwarg(kw, "start").cloned().unwrap_or(Value::Int(1));
    let items = vm.iterate(&args[0])?;
    for it in items {
        acc = vm.binary_op(&acc, &it, binop::MUL)?;
    }
    Ok(acc)
}

fn m_factorial(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "math.factorial", args, 1, 1)?;
    let n = arg_index(vm, &args[0])?;
    if n.is_negative() {
        return vm.value_error("factorial() not defined for negative values");
    }
    let Some(n) = n.to_u64().filter(|n| *n < 1_000_000) else {
        return vm.overflow_error("factorial() argument should not exceed 9223372036854775807");
    };
    Ok(vm.new_bigint(range_prod(1, n)))
}

/// Product of lo..=hi by binary splitting.
fn range_prod(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut r = BigInt::one();
        for k in lo..=hi {
            r *= k;
        }
        return r;
    }
    let mid = lo + (hi - lo) / 2;
    range_prod(lo, mid) * range_prod(mid + 1, hi)
}

fn m_gcd(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let mut g = BigInt::zero();
    for a in args {
        let x = arg_index(vm, a)?;
        g = g.gcd(&x);
    }
    Ok(vm.new_bigint(g))
}
fn m_lcm(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let mut l = BigInt::one();
    for a in args {
        let x = arg_index(vm, a)?;
        if x.is_zero() || l.is_zero() {
            l = BigInt::zero();
            continue;
        }
        l = l.lcm(&x);
    }
    Ok(vm.new_bigint(l.abs()))
}

fn comb_perm_args(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    kopt: bool,
) -> PyResult<(BigInt, Option<BigInt>)> {
    let max = if kopt { 2 } else { 2 };
    let min = if kopt { 1 } else { 2 };
    if args.len() < min || args.len() > max {
        return vm.type_error(if kopt && args.is_empty() {
            format!("{} expected at least 1 argument, got 0", name)
        } else if kopt {
            format!("{} expected at most 2 arguments, got {}", name, args.len())
        } else {
            format!("{} expected 2 arguments, got {}", name, args.len())
        });
    }
    let n = arg_index(vm, &args[0])?;
    if kopt && n.is_negative() && args.get(1).map(|v| v.is_none()).unwrap_or(true) {
        return vm.value_error("factorial() not defined for negative values");
    }
    let k = match args.get(1) {
        Some(v) if !v.is_none() => Some(arg_index(vm, v)?),
        _ => None,
    };
    if n.is_negative() {
        return vm.value_error("n must be a non-negative integer");
    }
    if let Some(k) = &k {
        if k.is_negative() {
            return vm.value_error("k must be a non-negative integer");
        }
    }
    Ok((n, k))
}

fn m_comb(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (n, k) = comb_perm_args(vm, args, "comb", false)?;
    let k = k.unwrap();
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = core::cmp::min(k.clone(), &n - &k);
    let Some(k) = k.to_u64() else {
        return vm.overflow_error("min(n - k, k) must not exceed 9223372036854775807");
    };
    let mut r = BigInt::one();
    for i in 0..k {
        r = r * (&n - i) / (i + 1);
    }
    Ok(vm.new_bigint(r))
}
fn m_perm(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (n, k) = comb_perm_args(vm, args, "perm", true)?;
    if k.is_none() && n.to_u64().is_none() {
        return vm.overflow_error("factorial() argument should not exceed 9223372036854775807");
    }
    let k = k.unwrap_or_else(|| n.clone());
    if k > n {
        return Ok(Value::Int(0));
    }
    let Some(k) = k.to_u64() else {
        return vm.overflow_error("k must not exceed 9223372036854775807");
    };
    let mut r = BigInt::one();
    for i in 0..k {
        r *= &n - i;
    }
    Ok(vm.new_bigint(r))
}
fn m_isqrt(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "math.isqrt", args, 1, 1)?;
    let n = arg_index(vm, &args[0])?;
    if n.is_negative() {
        return vm.value_error("isqrt() argument must be nonnegative");
    }
    Ok(vm.new_bigint(n.sqrt()))
}

/// Build the `math` module.
pub fn make(vm: &mut Vm) -> PyResult<Ref> {
    let m = vm.new_module("math");
    let fns: &[(&'static str, crate::object::NativeFn)] = &[
        ("sqrt", m_sqrt),
        ("exp", m_exp),
        ("exp2", m_exp2),
        ("expm1", m_expm1),
        ("log", m_log),
        ("log2", m_log2),
        ("log10", m_log10),
        ("log1p", m_log1p),
        ("pow", m_pow),
        ("fabs", m_fabs),
        ("fmod", m_fmod),
        ("modf", m_modf),
        ("frexp", m_frexp),
        ("ldexp", m_ldexp),
        ("floor", m_floor),
        ("ceil", m_ceil),
        ("trunc", m_trunc),
        ("copysign", m_copysign),
        ("isfinite", m_isfinite),
        ("isinf", m_isinf),
        ("isnan", m_isnan),
        ("isclose", m_isclose),
        ("sin", m_sin),
        ("cos", m_cos),
        ("tan", m_tan),
        ("asin", m_asin),
        ("acos", m_acos),
        ("atan", m_atan),
        ("atan2", m_atan2),
        ("sinh", m_sinh),
        ("cosh", m_cosh),
        ("tanh", m_tanh),
        ("asinh", m_asinh),
        ("acosh", m_acosh),
        ("atanh", m_atanh),
        ("degrees", m_degrees),
        ("radians", m_radians),
        ("hypot", m_hypot),
        ("erf", m_erf),
        ("erfc", m_erfc),
        ("gamma", m_gamma),
        ("lgamma", m_lgamma),
        ("cbrt", m_cbrt),
        ("factorial", m_factorial),
        ("gcd", m_gcd),
        ("lcm", m_lcm),
        ("comb", m_comb),
        ("perm", m_perm),
        ("isqrt", m_isqrt),
        ("prod", m_prod),
        ("fsum", m_fsum),
        ("dist", m_dist),
        ("remainder", m_remainder),
        ("nextafter", m_nextafter),
        ("ulp", m_ulp),
    ];
    for &(n, f) in fns {
        let v = vm.new_builtin(n, f);
        vm.set_attr_str(&m, n, v);
    }
    let consts = [
        ("pi", core::f64::consts::PI),
        ("e", core::f64::consts::E),
        ("tau", core::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ];
    for (n, c) in consts {
        vm.set_attr_str(&m, n, Value::Float(c));
    }
    Ok(m)
}
