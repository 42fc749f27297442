//! `cmath`: complex-valued math functions.

use crate::builtins::{check_args, kwarg};
use crate::value::{Ref, Value};
use crate::vm::call::KwArgs;
use crate::vm::Vm;
use crate::PyResult;
use alloc::format;

type C = (f64, f64);

fn arg_c(vm: &mut Vm, v: &Value) -> PyResult<C> {
    match crate::types::complex::complex_value_of(vm, v)? {
        Some(c) => Ok(c),
        None => vm.type_error(format!("must be real number, not {}", vm.type_name(v))),
    }
}

fn one(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<C> {
    check_args(vm, &format!("cmath.{}", name), args, 1, 1)?;
    arg_c(vm, &args[0])
}

fn mul(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// Principal square root.
pub fn c_sqrt(z: C) -> C {
    let (x, y) = z;
    if x == 0.0 && y == 0.0 {
        return (0.0, y);
    }
    if y.is_infinite() {
        return (f64::INFINITY, y);
    }
    let s = crate::fmath::sqrt((x.abs() + crate::fmath::hypot(x, y)) / 2.0);
    if x >= 0.0 {
        (s, y / (2.0 * s))
    } else {
        (y.abs() / (2.0 * s), crate::fmath::copysign(s, y))
    }
}

fn c_exp(z: C) -> C {
    let e = crate::fmath::exp(z.0);
    if z.1 == 0.0 {
        return (e, z.1);
    }
    (e * crate::fmath::cos(z.1), e * crate::fmath::sin(z.1))
}

fn c_log(z: C) -> C {
    (
        crate::fmath::log(crate::fmath::hypot(z.0, z.1)),
        crate::fmath::atan2(z.1, z.0),
    )
}

fn c_sinh(z: C) -> C {
    (
        crate::fmath::sinh(z.0) * crate::fmath::cos(z.1),
        crate::fmath::cosh(z.0) * crate::fmath::sin(z.1),
    )
}
fn c_cosh(z: C) -> C {
    (
        crate::fmath::cosh(z.0) * crate::fmath::cos(z.1),
        crate::fmath::sinh(z.0) * crate::fmath::sin(z.1),
    )
}
fn c_tanh(z: C) -> C {
    let (x, y) = z;
    if x.abs() > 354.0 {
        return (
            crate::fmath::copysign(1.0, x),
            4.0 * crate::fmath::sin(y) * crate::fmath::cos(y) * crate::fmath::exp(-2.0 * x.abs()),
        );
    }
    let tx = crate::fmath::tanh(x);
    let ty = crate::fmath::tan(y);
    let cx = 1.0 / crate::fmath::cosh(x);
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    (tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)
}
/// Multiply by i.
fn times_i(z: C) -> C {
    (-z.1, z.0)
}
/// Multiply by -i.
fn times_neg_i(z: C) -> C {
    (z.1, -z.0)
}
fn c_sin(z: C) -> C {
    times_neg_i(c_sinh(times_i(z)))
}
fn c_cos(z: C) -> C {
    c_cosh(times_i(z))
}
fn c_tan(z: C) -> C {
    times_neg_i(c_tanh(times_i(z)))
}
fn c_asinh(z: C) -> C {
    let (x, y) = z;
    let s1 = c_sqrt((1.0 + y, -x));
    let s2 = c_sqrt((1.0 - y, x));
    (
        crate::fmath::asinh(s1.0 * s2.1 - s1.1 * s2.0),
        crate::fmath::atan2(y, s1.0 * s2.0 - s1.1 * s2.1),
    )
}
fn c_asin(z: C) -> C {
    let r = c_asinh(times_i(z));
    (r.1, -r.0)
}
fn c_acos(z: C) -> C {
    let s1 = c_sqrt((1.0 - z.0, -z.1));
    let s2 = c_sqrt((1.0 + z.0, z.1));
    (
        2.0 * crate::fmath::atan2(s1.0, s2.0),
        crate::fmath::asinh(s2.0 * s1.1 - s2.1 * s1.0),
    )
}
fn c_acosh(z: C) -> C {
    let s1 = c_sqrt((z.0 - 1.0, z.1));
    let s2 = c_sqrt((z.0 + 1.0, z.1));
    (
        crate::fmath::asinh(s1.0 * s2.0 + s1.1 * s2.1),
        2.0 * crate::fmath::atan2(s1.1, s2.0),
    )
}
fn c_atanh(z: C) -> C {
    let a = c_log((1.0 + z.0, z.1));
    let b = c_log((1.0 - z.0, -z.1));
    ((a.0 - b.0) / 2.0, (a.1 - b.1) / 2.0)
}
fn c_atan(z: C) -> C {
    times_neg_i(c_atanh(times_i(z)))
}

fn check(vm: &Vm, z: C, r: C, can_overflow: bool) -> PyResult<Value> {
    let zf = z.0.is_finite() && z.1.is_finite();
    if zf && (r.0.is_nan() || r.1.is_nan()) {
        return vm.value_error("math domain error");
    }
    if zf && (r.0.is_infinite() || r.1.is_infinite()) {
        return if can_overflow {
            vm.overflow_error("math range error")
        } else {
            vm.value_error("math domain error")
        };
    }
    Ok(vm.new_complex(r.0, r.1))
}

macro_rules! c1 {
    ($fname:ident, $name:literal, $f:expr, $ovf:expr) => {
        fn $fname(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
            let z = one(vm, $name, args)?;
            check(vm, z, $f(z), $ovf)
        }
    };
}

c1!(cm_sqrt, "sqrt", c_sqrt, false);
c1!(cm_exp, "exp", c_exp, true);
c1!(cm_sin, "sin", c_sin, true);
c1!(cm_cos, "cos", c_cos, true);
c1!(cm_tan, "tan", c_tan, true);
c1!(cm_sinh, "sinh", c_sinh, true);
c1!(cm_cosh, "cosh", c_cosh, true);
c1!(cm_tanh, "tanh", c_tanh, true);
c1!(cm_asin, "asin", c_asin, false);
c1!(cm_acos, "acos", c_acos, false);
c1!(cm_asinh, "asinh", c_asinh, false);
c1!(cm_acosh, "acosh", c_acosh, false);

fn cm_atan(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let z = one(vm, "atan", args)?;
    if z.0 == 0.0 && z.1.abs() == 1.0 {
        return vm.value_error("math domain error");
    }
    check(vm, z, c_atan(z), false)
}
fn cm_atanh(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let z = one(vm, "atanh", args)?;
    if z.1 == 0.0 && z.0.abs() == 1.0 {
        return vm.value_error("math domain error");
    }
    check(vm, z, c_atanh(z), false)
}

fn cm_log(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    if args.is_empty() || args.len() > 2 {
        return vm.type_error(format!(
            "log expected at most 2 arguments, got {}",
            args.len()
        ));
    }
    let z = arg_c(vm, &args[0])?;
    if z == (0.0, 0.0) {
        return vm.value_error("math domain error");
    }
    let mut r = c_log(z);
    if let Some(b) = args.get(1) {
        let b = arg_c(vm, b)?;
        if b == (0.0, 0.0) {
            return vm.value_error("math domain error");
        }
        let d = c_log(b);
        if d == (0.0, 0.0) {
            return vm.zero_division("complex division by zero");
        }
        r = crate::runtime::num::complex_div(r, d);
    }
    Ok(vm.new_complex(r.0, r.1))
}
fn cm_log10(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let z = one(vm, "log10", args)?;
    if z == (0.0, 0.0) {
        return vm.value_error("math domain error");
    }
    let r = c_log(z);
    let l = core::f64::consts::LN_10;
    Ok(vm.new_complex(r.0 / l, r.1 / l))
}
fn cm_phase(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let z = one(vm, "phase", args)?;
    Ok(Value::Float(crate::fmath::atan2(z.1, z.0)))
}
fn cm_polar(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let z = one(vm, "polar", args)?;
    let r = crate::fmath::hypot(z.0, z.1);
    if r.is_infinite() && z.0.is_finite() && z.1.is_finite() {
        return vm.overflow_error("math range error");
    }
    Ok(vm.new_tuple(alloc::vec![
        Value::Float(r),
        Value::Float(crate::fmath::atan2(z.1, z.0))
    ]))
}
fn cm_rect(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    if args.len() != 2 {
        return vm.type_error(format!("rect expected 2 arguments, got {}", args.len()));
    }
    let r = crate::modules::math::arg_f64(vm, &args[0])?;
    let phi = crate::modules::math::arg_f64(vm, &args[1])?;
    if r.is_finite() && phi.is_infinite() {
        return vm.value_error("math domain error");
    }
    let (re, im) = if phi == 0.0 {
        (r, phi * r)
    } else {
        (r * crate::fmath::cos(phi), r * crate::fmath::sin(phi))
    };
    Ok(vm.new_complex(re, im))
}
fn cm_isfinite(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let z = one(vm, "isfinite", args)?;
    Ok(Value::Bool(z.0.is_finite() && z.1.is_finite()))
}
fn cm_isinf(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let z = one(vm, "isinf", args)?;
    Ok(Value::Bool(z.0.is_infinite() || z.1.is_infinite()))
}
fn cm_isnan(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let z = one(vm, "isnan", args)?;
    Ok(Value::Bool(z.0.is_nan() || z.1.is_nan()))
}
fn cm_isclose(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (rel, abs) = crate::modules::math::isclose_tols(vm, args, kw)?;
    let a = args.first().or_else(|| kwarg(kw, "a")).cloned().unwrap();
    let b = args.get(1).or_else(|| kwarg(kw, "b")).cloned().unwrap();
    let a = arg_c(vm, &a)?;
    let b = arg_c(vm, &b)?;
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.0.is_infinite() || a.1.is_infinite() || b.0.is_infinite() || b.1.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let d = crate::fmath::hypot(a.0 - b.0, a.1 - b.1);
    let ma = crate::fmath::hypot(a.0, a.1);
    let mb = crate::fmath::hypot(b.0, b.1);
    Ok(Value::Bool(d <= rel * mb || d <= rel * ma || d <= abs))
}

/// Build the `cmath` module.
pub fn make(vm: &mut Vm) -> PyResult<Ref> {
    let m = vm.new_module("cmath");
    let fns: &[(&'static str, crate::object::NativeFn)] = &[
        ("sqrt", cm_sqrt),
        ("exp", cm_exp),
        ("log", cm_log),
        ("log10", cm_log10),
        ("sin", cm_sin),
        ("cos", cm_cos),
        ("tan", cm_tan),
        ("asin", cm_asin),
        ("acos", cm_acos),
        ("atan", cm_atan),
        ("sinh", cm_sinh),
        ("cosh", cm_cosh),
        ("tanh", cm_tanh),
        ("asinh", cm_asinh),
        ("acosh", cm_acosh),
        ("atanh", cm_atanh),
        ("phase", cm_phase),
        ("polar", cm_polar),
        ("rect", cm_rect),
        ("isfinite", cm_isfinite),
        ("isinf", cm_isinf),
        ("isnan", cm_isnan),
        ("isclose", cm_isclose),
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
    let infj = vm.new_complex(0.0, f64::INFINITY);
    vm.set_attr_str(&m, "infj", infj);
    let nanj = vm.new_complex(0.0, f64::NAN);
    vm.set_attr_str(&m, "nanj", nanj);
    let _ = mul;
    Ok(m)
}
