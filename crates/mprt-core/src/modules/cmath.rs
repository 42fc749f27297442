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

/// Result class of a base function: a value, or the error CPython raises.
enum Fail {
    /// `ValueError("math domain error")`.
    Domain,
    /// `OverflowError("math range error")`.
    Range,
}

type R = Result<C, Fail>;

/// One cell of a special-value table (C99 Annex G, as CPython reports it).
#[derive(Clone, Copy)]
enum S {
    /// A fixed result.
    V(f64, f64),
    /// Computed from the finite part (e.g. `inf * cis(y)`).
    C,
    /// "math domain error".
    D,
    /// Both parts finite: the ordinary algorithm applies.
    F,
}
use S::{C as Cc, D, F, V};

const INF: f64 = f64::INFINITY;
const NAN: f64 = f64::NAN;
const PI: f64 = core::f64::consts::PI;
const LN2: f64 = core::f64::consts::LN_2;
/// `DBL_MAX / 4`: above this, `hypot` and friends risk overflow.
const LARGE: f64 = f64::MAX / 4.0;
/// `sqrt(LARGE)`.
const SQRT_LARGE: f64 = 6.703903964971298e153;
/// `log(LARGE)`.
const LOG_LARGE: f64 = 708.3964185322641;
/// `sqrt(DBL_MIN)`.
const SQRT_DBL_MIN: f64 = 1.4916681462400413e-154;

// Rows: real part class, columns: imaginary part class, both in the order
// -inf, negative finite, -0.0, +0.0, positive finite, +inf, nan.
#[rustfmt::skip]
const SV_EXP: [[S; 7]; 7] = [
        [V(0.0, 0.0), Cc, V(0.0, -0.0), V(0.0, 0.0), Cc, V(0.0, 0.0), V(0.0, 0.0)],
        [D, F, F, F, F, D, V(NAN, NAN)],
        [D, F, F, F, F, D, V(NAN, NAN)],
        [D, F, F, F, F, D, V(NAN, NAN)],
        [D, F, F, F, F, D, V(NAN, NAN)],
        [D, Cc, V(INF, -0.0), V(INF, 0.0), Cc, D, V(INF, NAN)],
        [V(NAN, NAN), V(NAN, NAN), V(NAN, -0.0), V(NAN, 0.0), V(NAN, NAN), V(NAN, NAN), V(NAN, NAN)],
    ];
#[rustfmt::skip]
const SV_LOG: [[S; 7]; 7] = [
        [V(INF, -2.356194490192345), V(INF, -3.141592653589793), V(INF, -3.141592653589793), V(INF, 3.141592653589793), V(INF, 3.141592653589793), V(INF, 2.356194490192345), V(INF, NAN)],
        [V(INF, -1.5707963267948966), F, F, F, F, V(INF, 1.5707963267948966), V(NAN, NAN)],
        [V(INF, -1.5707963267948966), F, F, F, F, V(INF, 1.5707963267948966), V(NAN, NAN)],
        [V(INF, -1.5707963267948966), F, F, F, F, V(INF, 1.5707963267948966), V(NAN, NAN)],
        [V(INF, -1.5707963267948966), F, F, F, F, V(INF, 1.5707963267948966), V(NAN, NAN)],
        [V(INF, -0.7853981633974483), V(INF, -0.0), V(INF, -0.0), V(INF, 0.0), V(INF, 0.0), V(INF, 0.7853981633974483), V(INF, NAN)],
        [V(INF, NAN), V(NAN, NAN), V(NAN, NAN), V(NAN, NAN), V(NAN, NAN), V(INF, NAN), V(NAN, NAN)],
    ];
#[rustfmt::skip]
const SV_SQRT: [[S; 7]; 7] = [
        [V(INF, -INF), V(0.0, -INF), V(0.0, -INF), V(0.0, INF), V(0.0, INF), V(INF, INF), V(NAN, INF)],
        [V(INF, -INF), F, F, F, F, V(INF, INF), V(NAN, NAN)],
        [V(INF, -INF), F, F, F, F, V(INF, INF), V(NAN, NAN)],
        [V(INF, -INF), F, F, F, F, V(INF, INF), V(NAN, NAN)],
        [V(INF, -INF), F, F, F, F, V(INF, INF), V(NAN, NAN)],
        [V(INF, -INF), V(INF, -0.0), V(INF, -0.0), V(INF, 0.0), V(INF, 0.0), V(INF, INF), V(INF, NAN)],
        [V(INF, -INF), V(NAN, NAN), V(NAN, NAN), V(NAN, NAN), V(NAN, NAN), V(INF, INF), V(NAN, NAN)],
    ];
#[rustfmt::skip]
const SV_SINH: [[S; 7]; 7] = [
        [D, Cc, V(-INF, -0.0), V(-INF, 0.0), Cc, D, V(INF, NAN)],
        [D, F, F, F, F, D, V(NAN, NAN)],
        [D, F, F, F, F, D, V(0.0, NAN)],
        [D, F, F, F, F, D, V(0.0, NAN)],
        [D, F, F, F, F, D, V(NAN, NAN)],
        [D, Cc, V(INF, -0.0), V(INF, 0.0), Cc, D, V(INF, NAN)],
        [V(NAN, NAN), V(NAN, NAN), V(NAN, -0.0), V(NAN, 0.0), V(NAN, NAN), V(NAN, NAN), V(NAN, NAN)],
    ];
#[rustfmt::skip]
const SV_COSH: [[S; 7]; 7] = [
        [D, Cc, V(INF, 0.0), V(INF, -0.0), Cc, D, V(INF, NAN)],
        [D, F, F, F, F, D, V(NAN, NAN)],
        [D, F, F, F, F, D, V(NAN, 0.0)],
        [D, F, F, F, F, D, V(NAN, 0.0)],
        [D, F, F, F, F, D, V(NAN, NAN)],
        [D, Cc, V(INF, -0.0), V(INF, 0.0), Cc, D, V(INF, NAN)],
        [V(NAN, NAN), V(NAN, NAN), V(NAN, 0.0), V(NAN, 0.0), V(NAN, NAN), V(NAN, NAN), V(NAN, NAN)],
    ];
#[rustfmt::skip]
const SV_TANH: [[S; 7]; 7] = [
        [V(-1.0, 0.0), Cc, V(-1.0, -0.0), V(-1.0, 0.0), Cc, V(-1.0, 0.0), V(-1.0, 0.0)],
        [D, F, F, F, F, D, V(NAN, NAN)],
        [D, F, F, F, F, D, V(NAN, NAN)],
        [D, F, F, F, F, D, V(NAN, NAN)],
        [D, F, F, F, F, D, V(NAN, NAN)],
        [V(1.0, 0.0), Cc, V(1.0, -0.0), V(1.0, 0.0), Cc, V(1.0, 0.0), V(1.0, 0.0)],
        [V(NAN, NAN), V(NAN, NAN), V(NAN, -0.0), V(NAN, 0.0), V(NAN, NAN), V(NAN, NAN), V(NAN, NAN)],
    ];
#[rustfmt::skip]
const SV_ASINH: [[S; 7]; 7] = [
        [V(-INF, -0.7853981633974483), V(-INF, -0.0), V(-INF, -0.0), V(-INF, 0.0), V(-INF, 0.0), V(-INF, 0.7853981633974483), V(-INF, NAN)],
        [V(-INF, -1.5707963267948966), F, F, F, F, V(-INF, 1.5707963267948966), V(NAN, NAN)],
        [V(-INF, -1.5707963267948966), F, F, F, F, V(-INF, 1.5707963267948966), V(NAN, NAN)],
        [V(INF, -1.5707963267948966), F, F, F, F, V(INF, 1.5707963267948966), V(NAN, NAN)],
        [V(INF, -1.5707963267948966), F, F, F, F, V(INF, 1.5707963267948966), V(NAN, NAN)],
        [V(INF, -0.7853981633974483), V(INF, -0.0), V(INF, -0.0), V(INF, 0.0), V(INF, 0.0), V(INF, 0.7853981633974483), V(INF, NAN)],
        [V(INF, NAN), V(NAN, NAN), V(NAN, -0.0), V(NAN, 0.0), V(NAN, NAN), V(INF, NAN), V(NAN, NAN)],
    ];
#[rustfmt::skip]
const SV_ACOS: [[S; 7]; 7] = [
        [V(2.356194490192345, INF), V(3.141592653589793, INF), V(3.141592653589793, INF), V(3.141592653589793, -INF), V(3.141592653589793, -INF), V(2.356194490192345, -INF), V(NAN, INF)],
        [V(1.5707963267948966, INF), F, F, F, F, V(1.5707963267948966, -INF), V(NAN, NAN)],
        [V(1.5707963267948966, INF), F, F, F, F, V(1.5707963267948966, -INF), V(1.5707963267948966, NAN)],
        [V(1.5707963267948966, INF), F, F, F, F, V(1.5707963267948966, -INF), V(1.5707963267948966, NAN)],
        [V(1.5707963267948966, INF), F, F, F, F, V(1.5707963267948966, -INF), V(NAN, NAN)],
        [V(0.7853981633974483, INF), V(0.0, INF), V(0.0, INF), V(0.0, -INF), V(0.0, -INF), V(0.7853981633974483, -INF), V(NAN, INF)],
        [V(NAN, INF), V(NAN, NAN), V(NAN, NAN), V(NAN, NAN), V(NAN, NAN), V(NAN, -INF), V(NAN, NAN)],
    ];
#[rustfmt::skip]
const SV_ACOSH: [[S; 7]; 7] = [
        [V(INF, -2.356194490192345), V(INF, -3.141592653589793), V(INF, -3.141592653589793), V(INF, 3.141592653589793), V(INF, 3.141592653589793), V(INF, 2.356194490192345), V(INF, NAN)],
        [V(INF, -1.5707963267948966), F, F, F, F, V(INF, 1.5707963267948966), V(NAN, NAN)],
        [V(INF, -1.5707963267948966), F, F, F, F, V(INF, 1.5707963267948966), V(NAN, NAN)],
        [V(INF, -1.5707963267948966), F, F, F, F, V(INF, 1.5707963267948966), V(NAN, NAN)],
        [V(INF, -1.5707963267948966), F, F, F, F, V(INF, 1.5707963267948966), V(NAN, NAN)],
        [V(INF, -0.7853981633974483), V(INF, -0.0), V(INF, -0.0), V(INF, 0.0), V(INF, 0.0), V(INF, 0.7853981633974483), V(INF, NAN)],
        [V(INF, NAN), V(NAN, NAN), V(NAN, NAN), V(NAN, NAN), V(NAN, NAN), V(INF, NAN), V(NAN, NAN)],
    ];
#[rustfmt::skip]
const SV_ATANH: [[S; 7]; 7] = [
        [V(-0.0, -1.5707963267948966), V(-0.0, -1.5707963267948966), V(-0.0, -1.5707963267948966), V(-0.0, 1.5707963267948966), V(-0.0, 1.5707963267948966), V(-0.0, 1.5707963267948966), V(-0.0, NAN)],
        [V(-0.0, -1.5707963267948966), F, F, F, F, V(-0.0, 1.5707963267948966), V(NAN, NAN)],
        [V(-0.0, -1.5707963267948966), F, F, F, F, V(-0.0, 1.5707963267948966), V(-0.0, NAN)],
        [V(0.0, -1.5707963267948966), F, F, F, F, V(0.0, 1.5707963267948966), V(0.0, NAN)],
        [V(0.0, -1.5707963267948966), F, F, F, F, V(0.0, 1.5707963267948966), V(NAN, NAN)],
        [V(0.0, -1.5707963267948966), V(0.0, -1.5707963267948966), V(0.0, -1.5707963267948966), V(0.0, 1.5707963267948966), V(0.0, 1.5707963267948966), V(0.0, 1.5707963267948966), V(0.0, NAN)],
        [V(0.0, -1.5707963267948966), V(NAN, NAN), V(NAN, NAN), V(NAN, NAN), V(NAN, NAN), V(0.0, 1.5707963267948966), V(NAN, NAN)],
    ];

#[rustfmt::skip]
const SV_RECT: [[S; 7]; 7] = [
        [D, Cc, V(-INF, 0.0), V(-INF, -0.0), Cc, D, V(INF, NAN)],
        [D, F, F, F, F, D, V(NAN, NAN)],
        [V(0.0, 0.0), F, F, F, F, V(0.0, 0.0), V(0.0, 0.0)],
        [V(0.0, 0.0), F, F, F, F, V(0.0, 0.0), V(0.0, 0.0)],
        [D, F, F, F, F, D, V(NAN, NAN)],
        [D, Cc, V(INF, -0.0), V(INF, 0.0), Cc, D, V(INF, NAN)],
        [V(NAN, NAN), V(NAN, NAN), V(NAN, 0.0), V(NAN, 0.0), V(NAN, NAN), V(NAN, NAN), V(NAN, NAN)],
    ];

fn class(v: f64) -> usize {
    if v.is_nan() {
        6
    } else if v.is_infinite() {
        if v > 0.0 {
            5
        } else {
            0
        }
    } else if v == 0.0 {
        if v.is_sign_negative() {
            2
        } else {
            3
        }
    } else if v < 0.0 {
        1
    } else {
        4
    }
}

fn lookup(t: &[[S; 7]; 7], z: C) -> S {
    t[class(z.0)][class(z.1)]
}

use crate::fmath as m;

/// Principal square root (used by `complex ** 0.5` too).
pub fn c_sqrt(z: C) -> C {
    match sqrt_r(z) {
        Ok(r) => r,
        Err(_) => (NAN, NAN),
    }
}

fn sqrt_r(z: C) -> R {
    match lookup(&SV_SQRT, z) {
        V(a, b) => return Ok((a, b)),
        D => return Err(Fail::Domain),
        _ => {}
    }
    let (x, y) = z;
    if x == 0.0 && y == 0.0 {
        return Ok((0.0, y));
    }
    let mut ax = x.abs();
    let ay = y.abs();
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // Scale tiny inputs up to avoid losing precision in subnormals.
        ax = m::scalbn(ax, 53);
        m::scalbn(m::sqrt(ax + m::hypot(ax, m::scalbn(ay, 53))), -27)
    } else {
        ax /= 8.0;
        2.0 * m::sqrt(ax + m::hypot(ax, ay / 8.0))
    };
    let d = ay / (2.0 * s);
    if x >= 0.0 {
        Ok((s, m::copysign(d, y)))
    } else {
        Ok((d, m::copysign(s, y)))
    }
}

fn exp_r(z: C) -> R {
    let (x, y) = z;
    match lookup(&SV_EXP, z) {
        V(a, b) => return Ok((a, b)),
        D => return Err(Fail::Domain),
        Cc => {
            let mag = if x > 0.0 { INF } else { 0.0 };
            return Ok((m::copysign(mag, m::cos(y)), m::copysign(mag, m::sin(y))));
        }
        F => {}
    }
    let r = if x > LOG_LARGE {
        let l = m::exp(x - 1.0);
        (
            l * m::cos(y) * core::f64::consts::E,
            l * m::sin(y) * core::f64::consts::E,
        )
    } else {
        let l = m::exp(x);
        (l * m::cos(y), l * m::sin(y))
    };
    if r.0.is_infinite() || r.1.is_infinite() {
        return Err(Fail::Range);
    }
    Ok(r)
}

fn log_r(z: C) -> R {
    match lookup(&SV_LOG, z) {
        V(a, b) => return Ok((a, b)),
        D => return Err(Fail::Domain),
        _ => {}
    }
    let (x, y) = z;
    let ax = x.abs();
    let ay = y.abs();
    let re = if ax > LARGE || ay > LARGE {
        m::log(m::hypot(ax / 2.0, ay / 2.0)) + LN2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            m::log(m::hypot(m::scalbn(ax, 53), m::scalbn(ay, 53))) - 53.0 * LN2
        } else {
            return Err(Fail::Domain);
        }
    } else {
        let h = m::hypot(ax, ay);
        if (0.71..=1.73).contains(&h) {
            // Near |z| = 1: log1p keeps the small real part accurate.
            let am = if ax > ay { ax } else { ay };
            let an = if ax > ay { ay } else { ax };
            m::log1p((am - 1.0) * (am + 1.0) + an * an) / 2.0
        } else {
            m::log(h)
        }
    };
    Ok((re, m::atan2(y, x)))
}

fn sinh_r(z: C) -> R {
    let (x, y) = z;
    match lookup(&SV_SINH, z) {
        V(a, b) => return Ok((a, b)),
        D => return Err(Fail::Domain),
        Cc => {
            let re = m::copysign(INF, m::cos(y));
            return Ok((if x < 0.0 { -re } else { re }, m::copysign(INF, m::sin(y))));
        }
        F => {}
    }
    let r = if x.abs() > LOG_LARGE {
        let xm1 = x - m::copysign(1.0, x);
        (
            m::cos(y) * m::sinh(xm1) * core::f64::consts::E,
            m::sin(y) * m::cosh(xm1) * core::f64::consts::E,
        )
    } else {
        (m::cos(y) * m::sinh(x), m::sin(y) * m::cosh(x))
    };
    if r.0.is_infinite() || r.1.is_infinite() {
        return Err(Fail::Range);
    }
    Ok(r)
}

fn cosh_r(z: C) -> R {
    let (x, y) = z;
    match lookup(&SV_COSH, z) {
        V(a, b) => return Ok((a, b)),
        D => return Err(Fail::Domain),
        Cc => {
            let im = m::copysign(INF, m::sin(y));
            return Ok((m::copysign(INF, m::cos(y)), if x < 0.0 { -im } else { im }));
        }
        F => {}
    }
    let r = if x.abs() > LOG_LARGE {
        let xm1 = x - m::copysign(1.0, x);
        (
            m::cos(y) * m::cosh(xm1) * core::f64::consts::E,
            m::sin(y) * m::sinh(xm1) * core::f64::consts::E,
        )
    } else {
        (m::cos(y) * m::cosh(x), m::sin(y) * m::sinh(x))
    };
    if r.0.is_infinite() || r.1.is_infinite() {
        return Err(Fail::Range);
    }
    Ok(r)
}

fn tanh_r(z: C) -> R {
    let (x, y) = z;
    match lookup(&SV_TANH, z) {
        V(a, b) => return Ok((a, b)),
        D => return Err(Fail::Domain),
        Cc => {
            return Ok((
                m::copysign(1.0, x),
                m::copysign(0.0, 2.0 * m::sin(y) * m::cos(y)),
            ))
        }
        F => {}
    }
    if x.abs() > LOG_LARGE {
        return Ok((
            m::copysign(1.0, x),
            4.0 * m::sin(y) * m::cos(y) * m::exp(-2.0 * x.abs()),
        ));
    }
    let tx = m::tanh(x);
    let ty = m::tan(y);
    let cx = 1.0 / m::cosh(x);
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    Ok((tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx))
}

fn asinh_r(z: C) -> R {
    match lookup(&SV_ASINH, z) {
        V(a, b) => return Ok((a, b)),
        D => return Err(Fail::Domain),
        _ => {}
    }
    let (x, y) = z;
    if x.abs() > LARGE || y.abs() > LARGE {
        let l = m::log(m::hypot(x / 2.0, y / 2.0)) + LN2 * 2.0;
        let re = if y >= 0.0 {
            m::copysign(l, x)
        } else {
            -m::copysign(l, -x)
        };
        return Ok((re, m::atan2(y, x.abs())));
    }
    let s1 = c_sqrt((1.0 + y, -x));
    let s2 = c_sqrt((1.0 - y, x));
    Ok((
        m::asinh(s1.0 * s2.1 - s2.0 * s1.1),
        m::atan2(y, s1.0 * s2.0 - s1.1 * s2.1),
    ))
}

fn acos_r(z: C) -> R {
    match lookup(&SV_ACOS, z) {
        V(a, b) => return Ok((a, b)),
        D => return Err(Fail::Domain),
        _ => {}
    }
    let (x, y) = z;
    if x.abs() > LARGE || y.abs() > LARGE {
        let l = m::log(m::hypot(x / 2.0, y / 2.0)) + LN2 * 2.0;
        let im = if x < 0.0 {
            -m::copysign(l, y)
        } else {
            m::copysign(l, -y)
        };
        return Ok((m::atan2(y.abs(), x), im));
    }
    let s1 = c_sqrt((1.0 - x, -y));
    let s2 = c_sqrt((1.0 + x, y));
    Ok((
        2.0 * m::atan2(s1.0, s2.0),
        m::asinh(s2.0 * s1.1 - s2.1 * s1.0),
    ))
}

fn acosh_r(z: C) -> R {
    match lookup(&SV_ACOSH, z) {
        V(a, b) => return Ok((a, b)),
        D => return Err(Fail::Domain),
        _ => {}
    }
    let (x, y) = z;
    if x.abs() > LARGE || y.abs() > LARGE {
        return Ok((
            m::log(m::hypot(x / 2.0, y / 2.0)) + LN2 * 2.0,
            m::atan2(y, x),
        ));
    }
    let s1 = c_sqrt((x - 1.0, y));
    let s2 = c_sqrt((x + 1.0, y));
    Ok((
        m::asinh(s1.0 * s2.0 + s1.1 * s2.1),
        2.0 * m::atan2(s1.1, s2.0),
    ))
}

fn atanh_r(z: C) -> R {
    match lookup(&SV_ATANH, z) {
        V(a, b) => return Ok((a, b)),
        D => return Err(Fail::Domain),
        _ => {}
    }
    let (x, y) = z;
    if x < 0.0 {
        // atanh is odd.
        return atanh_r((-x, -y)).map(|r| (-r.0, -r.1));
    }
    let ay = y.abs();
    if x > SQRT_LARGE || ay > SQRT_LARGE {
        let h = m::hypot(x / 2.0, y / 2.0);
        return Ok((x / 4.0 / h / h, -m::copysign(PI / 2.0, -y)));
    }
    if x == 1.0 && ay < SQRT_DBL_MIN {
        if ay == 0.0 {
            return Err(Fail::Domain);
        }
        return Ok((
            -m::log(m::sqrt(ay) / m::sqrt(m::hypot(ay, 2.0))),
            m::copysign(m::atan2(2.0, -ay) / 2.0, y),
        ));
    }
    Ok((
        m::log1p(4.0 * x / ((1.0 - x) * (1.0 - x) + ay * ay)) / 4.0,
        -m::atan2(-2.0 * y, (1.0 - x) * (1.0 + x) - ay * ay) / 2.0,
    ))
}

/// Multiply by i.
fn times_i(z: C) -> C {
    (-z.1, z.0)
}
/// Multiply by -i.
fn times_neg_i(z: C) -> C {
    (z.1, -z.0)
}
fn sin_r(z: C) -> R {
    sinh_r(times_i(z)).map(times_neg_i)
}
fn cos_r(z: C) -> R {
    cosh_r(times_i(z))
}
fn tan_r(z: C) -> R {
    tanh_r(times_i(z)).map(times_neg_i)
}
fn asin_r(z: C) -> R {
    asinh_r(times_i(z)).map(times_neg_i)
}
fn atan_r(z: C) -> R {
    atanh_r(times_i(z)).map(times_neg_i)
}

fn finish(vm: &Vm, r: R) -> PyResult<Value> {
    match r {
        Ok((a, b)) => Ok(vm.new_complex(a, b)),
        Err(Fail::Domain) => vm.value_error("math domain error"),
        Err(Fail::Range) => vm.overflow_error("math range error"),
    }
}

macro_rules! c1 {
    ($fname:ident, $name:literal, $f:expr) => {
        fn $fname(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
            let z = one(vm, $name, args)?;
            finish(vm, $f(z))
        }
    };
}

c1!(cm_sqrt, "sqrt", sqrt_r);
c1!(cm_exp, "exp", exp_r);
c1!(cm_sin, "sin", sin_r);
c1!(cm_cos, "cos", cos_r);
c1!(cm_tan, "tan", tan_r);
c1!(cm_sinh, "sinh", sinh_r);
c1!(cm_cosh, "cosh", cosh_r);
c1!(cm_tanh, "tanh", tanh_r);
c1!(cm_asin, "asin", asin_r);
c1!(cm_acos, "acos", acos_r);
c1!(cm_asinh, "asinh", asinh_r);
c1!(cm_acosh, "acosh", acosh_r);
c1!(cm_atan, "atan", atan_r);
c1!(cm_atanh, "atanh", atanh_r);

fn cm_log(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    if args.is_empty() {
        return vm.type_error("log expected at least 1 argument, got 0");
    }
    if args.len() > 2 {
        return vm.type_error(format!(
            "log expected at most 2 arguments, got {}",
            args.len()
        ));
    }
    let z = arg_c(vm, &args[0])?;
    let r = match log_r(z) {
        Ok(r) => r,
        Err(e) => return finish(vm, Err(e)),
    };
    let Some(b) = args.get(1) else {
        return finish(vm, Ok(r));
    };
    let b = arg_c(vm, b)?;
    let d = match log_r(b) {
        Ok(d) => d,
        Err(e) => return finish(vm, Err(e)),
    };
    if d == (0.0, 0.0) {
        // Complex division by zero sets EDOM in CPython's cmath.
        return vm.value_error("math domain error");
    }
    let q = crate::runtime::num::complex_div(r, d);
    finish(vm, Ok(q))
}
fn cm_log10(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let z = one(vm, "log10", args)?;
    let l = core::f64::consts::LN_10;
    finish(vm, log_r(z).map(|r| (r.0 / l, r.1 / l)))
}
/// `atan2(y, x)` with the C library's underflow report: a nonzero `y` whose
/// angle underflows to zero is a range error (as `cmath.phase` reports it).
fn phase_of(vm: &Vm, z: C) -> PyResult<f64> {
    let p = crate::fmath::atan2(z.1, z.0);
    if p == 0.0 && z.1 != 0.0 && z.1.is_finite() && z.0.is_finite() {
        return vm.overflow_error("math range error");
    }
    Ok(p)
}
fn cm_phase(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let z = one(vm, "phase", args)?;
    Ok(Value::Float(phase_of(vm, z)?))
}
fn cm_polar(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let z = one(vm, "polar", args)?;
    let phi = crate::fmath::atan2(z.1, z.0);
    let r = crate::fmath::hypot(z.0, z.1);
    if r.is_infinite() && z.0.is_finite() && z.1.is_finite() {
        return vm.overflow_error("math range error");
    }
    Ok(vm.new_tuple(alloc::vec![Value::Float(r), Value::Float(phi)]))
}
fn cm_rect(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    if args.len() != 2 {
        return vm.type_error(format!("rect expected 2 arguments, got {}", args.len()));
    }
    let r = crate::modules::math::arg_f64(vm, &args[0])?;
    let phi = crate::modules::math::arg_f64(vm, &args[1])?;
    match lookup(&SV_RECT, (r, phi)) {
        V(a, b) => return Ok(vm.new_complex(a, b)),
        D => return vm.value_error("math domain error"),
        Cc => return Ok(vm.new_complex(r * crate::fmath::cos(phi), r * crate::fmath::sin(phi))),
        F => {}
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
    Ok(m)
}
